# The time extension module, without printing clock values (they differ per run).
import time
print time, time.sleep(0), time.sleep(0.001)
print callable(time.time), callable(time.clock)
try:
    time.sleep('x')
except TypeError as e:
    print 'TypeError:', e
