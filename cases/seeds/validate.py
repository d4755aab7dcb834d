__pztrace__ = 1
def validate(s):
    if len(s) != 4:
        return False
    cc = 0
    for i in s:
        cc ^= ord(i)
    if cc == 0:
        return True
    return False
s = raw_input('Your input: ')
if validate(s):
    print 'ok'
else:
    print 'failed'
