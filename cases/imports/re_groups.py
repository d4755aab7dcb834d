# Regular expressions through re: matching and searching with groups, named groups,
# alternation, greedy and lazy repeats and backreferences.
# re.purge() before each compile keeps re's cache to one pattern, whose key hashes by
# identity.
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

show(C(r"(a|ab)(c|bcd)(d*)").match("abcd").groups())
show(C(r"(a*)*b").match("aaab").groups(), C(r"(a*?)+?b").match("aab").groups())
show(C(r"(?:(a)|(b))+").match("ab").groups(), C(r"(?:(a)|(b))+").match("ab").lastindex)
show(C(r"a{2,3}").match("aaaa").group(), C(r"a{2,3}?").match("aaaa").group())
show(C(r"<.+>").match("<a><b>").group(), C(r"<.+?>").match("<a><b>").group())

show(C(r"(\w)\1").search("abccd").group(), C(r"(?P<q>['\"]).*?(?P=q)").search("x 'y' z").group())
show(C(r"(?i)(a)\1").match("aA"), C(r"(a)(?(1)b|c)").match("ab").group())

