# CONTINUE_LOOP: continue inside try/except and try/finally bodies within loops.
out = []
for i in range(4):
    try:
        if i % 2:
            continue
        out.append(i)
    except ValueError:
        pass
print out
n = 0
while n < 3:
    n += 1
    try:
        continue
    finally:
        out.append(-n)
print out
