# Every raise form: class, class with value, instance, class with tuple value, and re-raise.
def attempt(n):
    try:
        if n == 0:
            raise ValueError
        elif n == 1:
            raise ValueError, 'two-arg'
        elif n == 2:
            raise ValueError('instance')
        elif n == 3:
            raise KeyError, ('a', 'b')
        else:
            raise IndexError(1, 2)
    except Exception as e:
        print type(e).__name__, repr(e), e.args
for n in range(5):
    attempt(n)
