# The _sre module on its own: its constants and helpers, and compile() refusing code lists
# the engine could not run safely.
import _sre

print _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, repr(_sre.copyright)
print _sre.getcodesize(), _sre.getlower(ord("A"), 0), _sre.getlower(0xc9, 0)
print _sre.getlower(0xc9, 32), _sre.getlower(0xc9, 4), _sre.getlower(-5, 32)

# LITERAL 'a', SUCCESS
p = _sre.compile("a", 0, [19, 97, 1])
print p.match("ab").span(), p.search("ba").span(), p.findall("aXa"), p.groups, p.groupindex
for code in [[], [19], [19, 97], [99, 1], [21, 9, 1], [7, 0, 1], [18, 50, 1],
             [28, 4, 1, 0, 1, 1], [12, 5, 1], [6, 99, 1]]:
    try:
        _sre.compile("x", 0, code)
        print code, "accepted"
    except RuntimeError as e:
        print code, e
for bad in [[-1, 1], [2 ** 40, 1]]:
    try:
        _sre.compile("x", 0, bad)
    except OverflowError as e:
        print e
try:
    _sre.compile("x", 0, (19, 97, 1))
except TypeError as e:
    print e
try:
    type(p)()
except TypeError as e:
    print e
try:
    p.match(5)
except TypeError as e:
    print e
try:
    _sre.compile("x", 0, ["a", 1])
except SystemError as e:
    print e
