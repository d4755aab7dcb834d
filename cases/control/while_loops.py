# while with break, continue and else.
n = 27
steps = 0
while n != 1:
    if n % 2:
        n = 3 * n + 1
    else:
        n //= 2
    steps += 1
print 'collatz steps', steps
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        print 'break at', i
        break
    print i,
else:
    print 'no break'
j = 0
while j < 3:
    print 'j', j,
    j += 1
else:
    print 'else ran'
k = 10
while True:
    k -= 3
    if k < 0:
        break
print 'k', k
