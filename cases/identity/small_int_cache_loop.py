# Identity of ints produced one at a time near the cache bounds: a run of is-checks.
results = []
for n in [-7, -6, -5, 0, 255, 256, 257, 258]:
    results.append((n, (n + 1 - 1) is n, int(str(n)) is int(str(n))))
for r in results:
    print r
