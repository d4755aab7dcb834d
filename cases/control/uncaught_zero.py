# Uncaught ZeroDivisionError after partial output left on a print line.
def ratio(a, b):
    return a / b
for b in [4, 2, 1, 0]:
    print ratio(8, b),
