# str(), len(), ord(), chr(), min/max/sorted over strings and their errors.
print str(12), str(None), str([1, 'a']), len(''), len('\x00\x00'), ord('\xff'), chr(255) == '\xff'
print sorted('banana'), max('abc'), min('cab'), list(set('aab')) == ['a', 'b'] or 'order'
try:
    ord('ab')
except TypeError as e:
    print 'TypeError:', e
try:
    chr(256)
except ValueError as e:
    print 'ValueError:', e
