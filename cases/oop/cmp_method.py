# __cmp__ drives all comparisons and sorting for old-style and new-style classes.
class Version:
    def __init__(self, s):
        self.parts = map(int, s.split('.'))
    def __cmp__(self, other):
        return cmp(self.parts, other.parts)
class NVersion(object):
    def __init__(self, n):
        self.n = n
    def __cmp__(self, other):
        return cmp(self.n, other.n)
print Version('1.2') < Version('1.10'), Version('2.0') == Version('2.0'), Version('3') > Version('2.9')
vs = sorted([Version('1.10'), Version('1.2'), Version('0.9')])
print [v.parts for v in vs]
print NVersion(2) < NVersion(3), NVersion(1) >= NVersion(1), cmp(NVersion(5), NVersion(4))
