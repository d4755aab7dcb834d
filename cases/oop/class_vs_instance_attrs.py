# Class attributes shared by instances until shadowed; mutable class attributes are shared.
class Config(object):
    level = 1
    tags = []
a = Config()
b = Config()
a.level = 5
a.tags.append('x')
print a.level, b.level, Config.level, b.tags
Config.level = 9
print a.level, b.level
del a.level
print a.level, 'level' in a.__dict__, sorted(Config.__dict__.keys())[:3]
