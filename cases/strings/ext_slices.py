# Extended string slices: steps, negative steps, clamped bounds and empty results.
s = '0123456789'
print s[::2], s[1::2], s[::-1], s[::-3], s[-2::-2]
print s[2:8:3], s[8:2:-3], s[100:0:-4], repr(s[5:5:1]), repr(s[0:5:-1])
print s[-100:100:9], s[::10], s[::11], s[9:-100:-5]
