# An infinite generator consumed with an explicit counter and a break; the generator is left suspended.
def naturals():
    n = 1
    while True:
        yield n
        n += 1
out = []
for n in naturals():
    if n % 3 == 0:
        out.append(n)
        if len(out) == 4:
            break
print out, n
