# Exceptions raised and caught on each loop iteration, with the loop variable preserved.
results = []
for s in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(s))
    except ValueError as e:
        results.append(str(e))
print results
total = 0
for d in [1, 0, 2]:
    try:
        total += 10 / d
    except ZeroDivisionError:
        continue
    finally:
        total += 1
print total
