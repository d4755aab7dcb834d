# super() in __init__ chains, passing arguments upward.
class Shape(object):
    def __init__(self, name):
        self.name = name
class Rect(Shape):
    def __init__(self, w, h):
        super(Rect, self).__init__('rect')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super(Square, self).__init__(s, s)
        self.name = 'square'
s = Square(4)
print s.name, s.w, s.h, s.area(), isinstance(s, Shape)
print sorted(vars(s).items())
