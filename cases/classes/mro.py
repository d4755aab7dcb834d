class O(object): pass
class A(O): pass
class B(O): pass
class C(A, B):
    def who(self):
        return 'C'
print [k.__name__ for k in C.__mro__]
class D(object):
    def f(self): return 'D.f'
class E(D):
    def f(self): return 'E.f>' + super(E, self).f()
class F(D):
    def f(self): return 'F.f>' + super(F, self).f()
class G(E, F):
    def f(self): return 'G.f>' + super(G, self).f()
print G().f()
print [k.__name__ for k in G.__mro__]
try:
    class H(A, O, B): pass
    print 'no error'
except TypeError as e:
    print e
try:
    class I(O, A): pass
except TypeError as e:
    print e
try:
    class J(A, A): pass
except TypeError as e:
    print e
try:
    class K(list, dict): pass
except TypeError as e:
    print e
try:
    class L(bool): pass
except TypeError as e:
    print e
