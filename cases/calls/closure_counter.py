# A closure over a mutable cell: counters built from a list cell, and cell contents inspection.
def counter(start):
    box = [start]
    def step(n=1):
        box[0] += n
        return box[0]
    return step
c1 = counter(10)
c2 = counter(0)
print c1(), c1(5), c2(), c1()
print c1.__closure__[0].cell_contents
print c1.func_code.co_freevars, counter.func_code.co_cellvars
