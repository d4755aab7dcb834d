# The math extension module: functions, constants, and CPython's error messages.
import math
print math
print math.pi, math.e
print math.sqrt(16), math.floor(2.5), math.ceil(2.1), math.fabs(-3)
print math.pow(2, 10), math.hypot(3, 4), math.fmod(7, 3), math.copysign(1, -0.0)
print math.log(100, 10), math.log10(1000), math.log(math.e), math.exp(0)
print math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75), math.trunc(-2.7)
print math.factorial(10), math.factorial(25), math.degrees(math.pi), math.radians(180)
print math.isnan(float('nan')), math.isinf(float('inf')), math.fsum([0.1] * 10)
print math.sin(0), math.cos(0), math.atan2(1, 1), math.log(2 ** 2000)
for bad in (lambda: math.sqrt(-1), lambda: math.exp(1000), lambda: math.log(0),
            lambda: math.factorial(-1), lambda: math.sqrt('x'), lambda: math.pow(0, -1)):
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print type(e).__name__, e
