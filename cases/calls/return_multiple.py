# Returning tuples, implicit None return, and functions as first-class values in a dict.
def divmod2(a, b):
    return a // b, a % b
def nothing():
    pass
q, r = divmod2(17, 5)
print q, r, nothing()
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b}
print [ops[k](10, 3) for k in sorted(ops)]
def early(n):
    for i in range(n):
        if i == 2:
            return i
    return -1
print early(5), early(1)
