# Regular expressions through re: matching and searching with groups, named groups,
# alternation, greedy and lazy repeats, backreferences, lookaround, the flags, unicode
# subjects, and the errors of a bad pattern. re.purge() before each compile keeps re's cache
# to one pattern, whose key hashes by identity.
import re


def C(pattern, flags=0):
    re.purge()
    return re.compile(pattern, flags)


def show(*values):
    print values


p = C(r"(a)(b)?")
m = p.match("ac")
show(m.groups(), m.groups("-"), m.group(0, 1, 2), m.span(), m.span(2), m.start(1), m.end(2))
show(m.pos, m.endpos, m.string, m.re is p, m.regs, m.lastindex, m.lastgroup)

p = C(r"(?P<user>\w+)@(?P<host>\w+)\.(com|org)")
m = p.search("mail: joe@example.org now")
show(m.group(), m.group("user"), m.group("host", 3), m.groupdict(), m.lastindex, m.lastgroup)
show(p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
show(p.search("nothing here"), p.match("joe@example.org"), p.match("x joe@a.com", 2).span())
show(p.search("a@b.com c@d.org", 5).group(), p.search("a@b.com", 0, 5))

show(C(r"(a|ab)(c|bcd)(d*)").match("abcd").groups())
show(C(r"(a*)*b").match("aaab").groups(), C(r"(a*?)+?b").match("aab").groups())
show(C(r"(?:(a)|(b))+").match("ab").groups(), C(r"(?:(a)|(b))+").match("ab").lastindex)
show(C(r"(a)|(b)").search("xb").lastindex, C(r"(?P<x>a)|(?P<y>b)").search("xb").lastgroup)
show(C(r"a{2,3}").match("aaaa").group(), C(r"a{2,3}?").match("aaaa").group())
show(C(r".*(\d+)").match("abc123").group(1), C(r".*?(\d+)").match("abc123").group(1))
show(C(r"<.+>").match("<a><b>").group(), C(r"<.+?>").match("<a><b>").group())
show(C(r"(ab)+").match("ababab").group(1), C(r"(ab){2}").match("ababab").span())

show(C(r"(\w)\1").search("abccd").group(), C(r"(?P<q>['\"]).*?(?P=q)").search("x 'y' z").group())
show(C(r"(?i)(a)\1").match("aA"), C(r"(a)(?(1)b|c)").match("ab").group())
show(C(r"(a)?(?(1)b|c)").match("c").group(), C(r"(a)?(?(1)b|c)").match("b"))

show(C(r"foo(?=bar)").search("foobaz foobar").start(), C(r"foo(?!bar)").search("foobar foobaz").start())
show(C(r"(?<=a)b").search("cb ab").span(), C(r"(?<!a)b").search("ab cb").span())
show(C(r"(?<=\d{2})x").findall("1x 12x"), C(r"\bfoo\b").findall("foo foobar afoo foo"))

show(C(r"hello", re.I).match("HeLLo").group(), C(r"(?i)[a-z]+").match("MiXeD").group())
show(C(r"^\w+$", re.M).findall("one\ntwo\nthree"), C(r"^\w+$").findall("one\ntwo"))
show(C(r"a.b", re.S).match("a\nb").group(), C(r"a.b").match("a\nb"))
show(C(r"x$").search("x\n").span(), C(r"x\Z").search("x\n"))
p = C(r"""
    (\d+)     # a number
    \s*       # spaces
    ([a-z]+)  # a word
""", re.VERBOSE)
show(p.findall("12 ab 3cd"), p.flags, p.groups)

show(C(u"(\\w+)", re.U).match(u"\xe9t\xe9 x").group(1), C(u"(\\w+)").match(u"\xe9t\xe9 x"))
show(C(u"\xe9+", re.I | re.U).findall(u"\xc9\xe9x"), C(r"\d+", re.U).findall(u"a12b"))
show(C(u"[\u0100-\u017f]+").search(u"ab\u0101\u0150c").group())

for bad in ["(a", "a)", "[a", "*a", "a{2,1}", r"(?P<1>a)", r"\1(a)"]:
    try:
        C(bad)
    except re.error as e:
        show(bad, e)

show(repr(C("a"))[:26], repr(C("a").match("a"))[:24], type(C("a")).__name__)
show(re.escape("a.b*c"), re.match("a", "ab").group(), re.search("b", "ab").start())
