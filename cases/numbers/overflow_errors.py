# OverflowError messages from float ops and conversions that exceed the double range.
for thunk in [lambda: 10.0 ** 400, lambda: 2.0 ** 5000, lambda: float(10 ** 400),
              lambda: int(float('inf')), lambda: 10 ** 400 / 1.0]:
    try:
        print thunk()
    except OverflowError as e:
        print 'OverflowError:', e
try:
    int(float('nan'))
except ValueError as e:
    print 'ValueError:', e
