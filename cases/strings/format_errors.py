# str.format errors: missing index, missing key, mixing manual and automatic numbering, bad spec.
for fmt, args, kw in [('{1}', ('a',), {}), ('{k}', (), {}), ('{0} {}', (1, 2), {}),
                      ('{:d}', ('s',), {}), ('{', (), {}), ('}', (), {}), ('{0!x}', (1,), {})]:
    try:
        print fmt.format(*args, **kw)
    except (IndexError, KeyError, ValueError) as e:
        print type(e).__name__, e
