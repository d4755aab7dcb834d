# BUILD_SET for non-empty set displays: duplicates collapse, mixed element types, membership.
s = {3, 1, 2, 3}
print sorted(s), len(s), 2 in s, 5 in s
t = {'a', 'b', 'a'}
print sorted(t), {1.0, 1, True} == {1}, len({1.0, 1, True})
u = {(1, 2), (1, 2), None}
print len(u), None in u
try:
    {[1]}
except TypeError as e:
    print 'TypeError:', e
