# break and continue with finally blocks in loops; break in finally discards the exception.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print 'body', i
    finally:
        print 'finally', i
while True:
    try:
        raise KeyError('dropped')
    finally:
        print 'breaking from finally'
        break
print 'done'
