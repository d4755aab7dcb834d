# The slice type called with one to three bounds, its attributes, and its argument errors.
print slice(5), slice(1, 2), slice(1, 2, 3), slice(None).stop
for thunk in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(a=1)]:
    try:
        thunk()
    except TypeError as e:
        print e
print range(10)[slice(2, 8, 3)], 'abcdef'[slice(-2)]
