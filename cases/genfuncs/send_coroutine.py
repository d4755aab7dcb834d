# A send-driven coroutine computing a running average, primed with next().
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
