# An uncaught KeyError with a tuple key prints the repr of the key in the final line.
d = {}
d[('a', 1)]
