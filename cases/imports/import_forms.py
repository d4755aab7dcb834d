# The forms of import: plain, dotted, aliased, from-import, __import__, and sys.modules.
import sys
import math as m
from math import sqrt as root, pi
from operator import add, mul
print m.__name__, root(9), pi, add(1, 2), mul(3, 4)
import math
print math is m, sys.modules['math'] is m, 'math' in sys.modules
op = __import__('operator')
print op.add(5, 6), __import__('math', None, None, ['sqrt'], 0) is m
import stat, colorsys
print stat.S_ISDIR(0o40755), stat.S_IFMT(0o100644), colorsys.rgb_to_hsv(1.0, 0.0, 0.0)
print stat.__name__, colorsys.__name__, stat.__package__
import exceptions
print exceptions.ValueError is ValueError
