# Regular expressions through re: lookaround, the flags (IGNORECASE, MULTILINE, DOTALL,
# VERBOSE, UNICODE), unicode subjects, the errors of bad patterns, and the reprs.
# re.purge() before each compile keeps re's cache to one pattern, whose key hashes by
# identity.
import re


def C(pattern, flags=0):
    re.purge()
    return re.compile(pattern, flags)


def show(*values):
    print values


show(C(r"foo(?=bar)").search("foobaz foobar").start(), C(r"foo(?!bar)").search("foobar foobaz").start())
show(C(r"(?<=a)b").search("cb ab").span(), C(r"(?<!a)b").search("ab cb").span())

show(C(r"hello", re.I).match("HeLLo").group(), C(r"(?i)[a-z]+").match("MiXeD").group())
show(C(r"^\w+$", re.M).findall("one\ntwo\nthree"), C(r"^\w+$").findall("one\ntwo"))
show(C(r"a.b", re.S).match("a\nb").group(), C(r"a.b").match("a\nb"))
p = C(r"""
    (\d+)     # a number
    \s*       # spaces
    ([a-z]+)  # a word
""", re.VERBOSE)
show(p.findall("12 ab 3cd"), p.flags, p.groups)

show(C(u"(\\w+)", re.U).match(u"\xe9t\xe9 x").group(1), C(u"(\\w+)").match(u"\xe9t\xe9 x"))

for bad in ["(a", "[a", r"(?P<1>a)"]:
    try:
        C(bad)
    except re.error as e:
        show(bad, e)

show(repr(C("a"))[:26], repr(C("a").match("a"))[:24], type(C("a")).__name__)
show(re.escape("a.b*c"), re.match("a", "ab").group(), re.search("b", "ab").start())
