# Slice assignment and deletion errors on immutable and non-sequence objects, and full slices that return the object itself.
s = 'abc'
t = (1, 2, 3)
u = u'xyz'
print s[::1] is s, s[0:3:1] is s, s[:] is s, t[:] is t, t[::1] is t, t[0:3] is t, u[:] is u, u[::1] is u
l = [1, 2]
print l[:] is l, t * 1 is t, () * 5 is (), '' * 3 is ''
def attempt(thunk):
    try:
        thunk()
    except TypeError as e:
        print 'TypeError:', e
def del_index(): del s[0]
def del_float(): del s[1.5]
def del_tuple_slice(): del t[1:2]
def set_str_slice(): s[1:2] = 'x'
def set_ext_slice(): l[::2] = 5
def set_int_item(): (5)[0] = 1
def del_int_item(): del (5)[0]
def del_dict_slice(): del {}[1:2]
for thunk in [del_index, del_float, del_tuple_slice, set_str_slice, set_ext_slice, set_int_item, del_int_item, del_dict_slice]:
    attempt(thunk)
l[:] = l
print l
