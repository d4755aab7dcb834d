# An uncaught ValueError from a nested call prints a traceback with source lines and exits 1.
def parse(s):
    return int(s)
def load(items):
    return [parse(s) for s in items]
print load(['1', '2'])
print load(['3', 'four'])
