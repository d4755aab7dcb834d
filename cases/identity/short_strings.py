# One-character and empty strings are cached singletons; longer computed strings are new objects.
s = 'abc'
print s[0] is 'a', s[1:2] is 'b', s[0:0] is '', ''.join([]) is ''
print chr(97) is 'a', str('') is '', s[:] is s, s[0:3] is s
t = s + 'd'
u = s + 'd'
print t == u, t is u
print s * 1 is s, ('a' * 1) is 'a', ('ab' * 0) is ''
