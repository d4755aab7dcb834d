# Numbers: int overflow to long, divmod, pow, shifts, round, int()/long()/float() parsing, hex/oct/bin, float str/repr, complex arithmetic and complex(), cmp, coerce, hash.
import sys
M = sys.maxint
tests = [
    lambda: M + 1, lambda: -M - 2, lambda: M * 2, lambda: -(-M - 1), lambda: abs(-M - 1), lambda: (-M - 1) // -1, lambda: (-M - 1) % -1,
    lambda: divmod(7, -2), lambda: divmod(-7, 2), lambda: divmod(7.5, 2), lambda: divmod(-7L, 2), lambda: divmod(1, 0),
    lambda: pow(2, 10, 7), lambda: pow(2, -1), lambda: pow(-2, 0.5), lambda: pow(2, 100, 7), lambda: pow(2L, 3, -5), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5),
    lambda: 1 << 70, lambda: -1 >> 100, lambda: 1 << -1, lambda: 5L >> 1, lambda: 2 ** 63, lambda: (-2) ** 63, lambda: 0 ** -1,
    lambda: round(2.5), lambda: round(-2.5), lambda: round(0.125, 2), lambda: round(1234, -2), lambda: round(2.675, 2), lambda: round(1e300, -300), lambda: round(5),
    lambda: int('42', 16), lambda: int('0x1f', 0), lambda: int('  -12  '), lambda: int('z', 36), lambda: int('12', 1), lambda: int('1.5'), lambda: long('123L'), lambda: int('99999999999999999999'),
    lambda: int(3.9), lambda: int(-3.9), lambda: int(1e30), lambda: long(1e20), lambda: int(float('inf')), lambda: int('0b101', 0), lambda: int('0o17', 8), lambda: int('', 10),
    lambda: hex(255), lambda: hex(-255L), lambda: oct(8), lambda: oct(0), lambda: bin(-5), lambda: bin(2**70), lambda: hex(3.0),
    lambda: str(1.0 / 3), lambda: repr(1.0 / 3), lambda: str(1e16), lambda: repr(1e16), lambda: str(1e-5), lambda: float('nan'), lambda: -0.0, lambda: float('-inf'),
    lambda: float(' 1.5e3 '), lambda: float('abc'), lambda: float('1e500'), lambda: 1e308 * 10, lambda: 2.0 ** 2000, lambda: float(2 ** 2000),
    lambda: complex(1, 2) * complex(3, -4), lambda: (1 + 2j) / (3 - 4j), lambda: abs(3 + 4j), lambda: 1j ** 2, lambda: complex('1+2j'), lambda: -(0j), lambda: (1 + 0j) ** 0.5, lambda: complex(0, -0.0),
    lambda: cmp(1, 2), lambda: cmp(2.0, 1), lambda: cmp('a', 'a'), lambda: coerce(1, 2.5), lambda: coerce(1, 2L), lambda: coerce(1, 'a'),
    lambda: hash(1L) == hash(1), hash(2.0) == hash(2), lambda: hash(2 ** 64), lambda: hash(-1), lambda: hash(1.5), lambda: hash(-1.0), lambda: hash(1e100),
    lambda: 7 / 2, lambda: -7 / 2, lambda: 7 // -2.0, lambda: 7 % -3, lambda: -7.5 % 2, lambda: 1 / 0.0, lambda: 5 % 0, lambda: True + True, lambda: ~5, lambda: ~M,
    lambda: complex(1, 2) == 1 + 2j, lambda: 2 ** 0.5j, lambda: 0j ** -1, lambda: 1 + 2j - 1, lambda: 3 * (1 - 1j), lambda: 1j / 0, lambda: complex("(1-2j)"), lambda: complex("j"), lambda: complex("1e3"), lambda: complex("x"), lambda: complex(1j, 1j), lambda: coerce(True, 2), lambda: coerce(1.5, 2j),
]
for t in tests:
    try:
        print repr(t())
    except Exception as e:
        print type(e).__name__, e
