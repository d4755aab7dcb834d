# str.format and format(): fields, numbering, conversions, nested specs, the mini-language and its errors.
tests = [
    lambda: '{} and {}'.format(1, 'x'),
    lambda: '{0:>5}|{1:<4}|{2:^7}|{2:*^8}|'.format('a', 'b', 'c'),
    lambda: '{:08.3f} {:+d} {:x} {:#o} {:b} {:,} {:#X}'.format(3.14159, 5, 255, 8, 5, 1234567, 255),
    lambda: '{name}={val!r} {val!s:>4}'.format(name='k', val='v'),
    lambda: '{0[1]} {1.real} {2[k]}'.format([1, 2], 3, {'k': 'v'}),
    lambda: format(3.5, '.2e'), lambda: format(12, 'x'), lambda: format('s', '>3'), lambda: format(1.0), lambda: format(2**70, ','),
    lambda: '{:%}'.format(0.25), lambda: '{:g}'.format(1e20), lambda: '{{}}{}'.format(1), lambda: '{:.3}'.format(1.0),
    lambda: '{:.2}'.format(1234.5), lambda: '{:}'.format(2.5), lambda: '{:10}|{:<10}|'.format(1.5, 7), lambda: '{:=+8}'.format(-3),
    lambda: '{:08,}'.format(1234), lambda: '{:07,}'.format(1234), lambda: '{:,.2f}'.format(1234567.891), lambda: '{:c}'.format(65),
    lambda: '{:e}'.format(0), lambda: '{:f}'.format(float('inf')), lambda: '{:F}'.format(float('nan')), lambda: '{:+.1f}'.format(-0.0),
    lambda: '{:.1%}'.format(1), lambda: format(True), lambda: format(True, 'd'), lambda: format(None), lambda: format([1], '>5'),
    lambda: '{:{}}'.format('x', 4), lambda: '{0:{1}.{2}f}'.format(3.14159, 8, 2), lambda: '{:s}'.format(3),
    lambda: '{'.format(), lambda: '}'.format(), lambda: '{0}{}'.format(1, 2), lambda: '{}{0}'.format(1, 2), lambda: '{2}'.format(1),
    lambda: '{x}'.format(), lambda: '{!z}'.format(1), lambda: '{:d}'.format('s'), lambda: '{:+s}'.format('s'), lambda: '{:.2d}'.format(1),
    lambda: '{:,x}'.format(1), lambda: '{:q}'.format(1.0), lambda: '{:#f}'.format(1.0), lambda: '{:=5}'.format('s'), lambda: format(1, 1),
    lambda: '{0!r:>10}'.format('ab'), lambda: '{:-^11}'.format(' mid '), lambda: '{:o}'.format(-8), lambda: '{:#b}'.format(-5), lambda: format(-2**65, 'x'),
]
for t in tests:
    try:
        print repr(t())
    except Exception as e:
        print type(e).__name__, e
