# ZeroDivisionError messages for /, //, % and divmod on ints, longs and floats.
ops = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1L / 0, lambda: 1L % 0,
       lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: 1 / 0.0]
for op in ops:
    try:
        op()
    except ZeroDivisionError as e:
        print e
