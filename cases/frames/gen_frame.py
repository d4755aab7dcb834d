# gi_frame of a generator: f_lasti -1 before it starts, f_lineno at each paused yield, no
# f_back while paused, the caller as f_back while running, None once it finished, and one
# f_locals dict whether it is asked for while paused or while running.
import sys

def counter(n):
    i = 0
    while i < n:
        me = sys._getframe()
        yield i, me.f_back.f_code.co_name
        i += 1
    yield 'last'

g = counter(2)
fr = g.gi_frame
print fr.f_lasti, fr.f_lineno, fr.f_back, fr.f_code.co_name
print g.next(), fr.f_lineno, fr.f_back, sorted(fr.f_locals)

def drive():
    return g.next()

print drive(), fr.f_lineno, fr.f_locals['i']
print g.gi_frame is fr, list(g), g.gi_frame, fr.f_back
print fr.f_lineno, sorted(fr.f_locals.items())[0]

def watcher():
    yield sys._getframe() is watcher_gen.gi_frame
    yield watcher_gen.gi_frame.f_lineno

watcher_gen = watcher()
print list(watcher_gen)

def keeps_locals():
    a = 1
    yield sys._getframe().f_locals
    b = 2
    yield sys._getframe().f_locals

k = keeps_locals()
paused_view = k.gi_frame.f_locals
first = next(k)
second = next(k)
print paused_view is first is second, sorted(second.items())
