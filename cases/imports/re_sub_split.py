# re's findall, finditer, split, sub and subn: templates with group references (run through
# re._subx in Python), callables called once per match, counts, empty matches, and
# Match.expand. re.purge() before each pattern keeps re's identity-keyed caches small.
import re


def C(pattern, flags=0):
    re.purge()
    return re.compile(pattern, flags)


def show(*values):
    print values


show(C(r"\d+").findall("a1b22c333"), C(r"(\w)(\d)").findall("a1b2"), C(r"(\w)\d").findall("a1b2"))
show(C(r"x*").findall("axx"), C(r"(a)|b").findall("ab"), C(r"^$", re.M).findall("a\n\nb"))
show(C(r"\d").findall("1a2b3", 1, 4))
show([m.span() for m in C(r"a+?").finditer("aaa")], [m.group(1) for m in C(r"(\w)=").finditer("a= b=")])
it = C(r"\w").finditer("ab")
show(type(it).__name__, next(it).group(), next(it).group(), list(it))
s = C(r"\w").scanner("ab c")
show(s.match().group(), s.match().group(), s.match(), s.pattern.pattern)
s = C(r"\w").scanner("ab c")
show(s.search().span(), s.search().span(), s.search().span(), s.search())

show(C(r"(,)\s*").split("a, b,c"), C("x*").split("axbxxc"), C(",").split("a,b,c", 1))
show(C(r"\s+").split(" a  b "), C(r"(\s)+").split("a  b"), C(r"(a)|(b)").split("xaybz"))
show(C(r"\W+").split("a, b c", maxsplit=1), C("z").split(""))

show(C("a").subn("b", "banana"), C("x*").sub("-", "abc"), C("").sub("-", "ab"))
show(C("a").sub("o", "banana", 2), C("a").subn("o", "banana", count=1))
p = C(r"(\w+) (\w+)")
show(p.sub(r"\2 \1", "hello world foo bar"))
re.purge()
show(p.subn(r"<\g<2>|\g<1>>", "ab cd"))
re.purge()
show(C(r"(?P<a>\w)").sub(r"[\g<a>]", "xy"), C("a").sub(r"\n", "bab"))
show(C(r"\d").sub(lambda m: str(int(m.group()) * 2), "a1b2c3"))
show(C("a").sub(lambda m: None, "aba"), C("a").subn(lambda m: m.group().upper(), "aXa"))
show(repr(C(u"b").sub(u"\xe9", u"abc")), repr(C("b").sub(u"\xe9", "abc")))
show(re.sub(r"(?m)^", ">", "a\nb"))
re.purge()
show(re.subn("o", "0", "foo boo"))

m = C(r"(\w+) (\w+)").match("hi there")
show(m.expand(r"\2-\1"), m.expand("plain"))
re.purge()
try:
    C("a").sub(r"\9", "a")
except re.error as e:
    show(e)
try:
    m.group(3)
except IndexError as e:
    show(e)
try:
    m.group("nope")
except IndexError as e:
    show(e)
