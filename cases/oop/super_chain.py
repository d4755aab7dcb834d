# Cooperative super() calls along a diamond MRO.
class Base(object):
    def hello(self):
        return ['Base']
class Left(Base):
    def hello(self):
        return ['Left'] + super(Left, self).hello()
class Right(Base):
    def hello(self):
        return ['Right'] + super(Right, self).hello()
class Child(Left, Right):
    def hello(self):
        return ['Child'] + super(Child, self).hello()
print Child().hello()
print Left().hello()
