# return inside finally overrides a pending return and swallows a pending exception.
def override():
    try:
        return 'try'
    finally:
        return 'finally'
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
def finally_runs():
    try:
        return 'value'
    finally:
        print 'finally before return'
print override(), swallow(), finally_runs()
