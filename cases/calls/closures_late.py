# Closures capture variables, not values: late binding in loops and the default-argument fix.
fs = []
for i in range(3):
    fs.append(lambda: i)
print [f() for f in fs]
gs = [lambda i=i: i for i in range(3)]
print [g() for g in gs]
def make():
    out = []
    for j in range(3):
        def inner():
            return j * 10
        out.append(inner)
    j = 99
    return out
print [f() for f in make()]
