# Single inheritance: overriding, calling the base method explicitly, and attribute lookup order.
class Animal(object):
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + '!'
for a in [Animal('x'), Dog('rex'), Puppy('bit')]:
    print a.speak()
print Puppy.__mro__
