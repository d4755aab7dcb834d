# Diamond inheritance: C3 MRO for new-style classes and depth-first lookup for old-style ones.
class A(object):
    def who(self):
        return 'A'
class B(A):
    pass
class C(A):
    def who(self):
        return 'C'
class D(B, C):
    pass
print [k.__name__ for k in D.__mro__], D().who()
class OA:
    def who(self):
        return 'OA'
class OB(OA):
    pass
class OC(OA):
    def who(self):
        return 'OC'
class OD(OB, OC):
    pass
print OD().who()
