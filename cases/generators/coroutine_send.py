# send-driven coroutines: priming with next(), values in and out, and send errors.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
co = averager()
print next(co)
print co.send(10)
print co.send(20)
print co.send(3)
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print 'TypeError:', e
print fresh.send(None)
def echo():
    received = yield 'ready'
    while received != 'stop':
        received = yield 'echo ' + received
c = echo()
print c.send(None), c.send('a'), c.send('b')
try:
    c.send('stop')
except StopIteration:
    print 'done'
try:
    c.send('again')
except StopIteration:
    print 'still done'
