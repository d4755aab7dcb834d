# BREAK_LOOP from for, while and nested loops, including through try/finally and for-else.
for i in range(10):
    if i == 3:
        break
print i
for j in range(2):
    pass
else:
    print 'else ran', j
for j in range(2):
    break
else:
    print 'not printed'
k = 0
while True:
    k += 1
    try:
        if k == 2:
            break
    finally:
        print 'finally', k
print 'k =', k
