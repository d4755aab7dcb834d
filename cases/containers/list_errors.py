# Error messages from list and tuple operations.
a = [1, 2]
tests = [lambda: a[5], lambda: a.pop(9), lambda: a.remove(7), lambda: a.index(7),
         lambda: [].pop(), lambda: (1,)[3], lambda: a['x'], lambda: a + (1,)]
for f in tests:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
