# Subclassing list: extra methods, overridden append, and built-in operations still working.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
class LoudList(list):
    def append(self, x):
        print 'append', x
        list.append(self, x)
s = Stack([1])
s.push(2)
s.push(3)
print s, s.peek(), s.pop(), len(s), type(s).__name__, isinstance(s, list)
l = LoudList()
l.append(5)
l.extend([6])
print l, l + [7], type(l + [7]).__name__
