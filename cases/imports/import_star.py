# from M import *: __all__ when the module has one, else every name without a leading '_'.
from math import *
print sqrt(2), floor(-0.5), pi
from stat import *
print S_IFDIR, ST_MODE
from colorsys import *
print rgb_to_yiq(0.5, 0.5, 0.5)
try:
    print ONE_THIRD
except NameError as e:
    print 'NameError:', e
