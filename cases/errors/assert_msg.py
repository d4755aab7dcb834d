# assert with and without a message, and with a non-string message.
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print 'bare', repr(e), e.args
try:
    assert [], 'list was empty'
except AssertionError as e:
    print 'msg', e
try:
    assert None, ('tuple', 2)
except AssertionError as e:
    print 'tuple', e.args
assert True, 'never'
print 'passed'
