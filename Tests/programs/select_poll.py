# select.poll and select.select over user streams (classes answering
# ioctl(MP_STREAM_POLL=3, events) as MicroPython's io.IOBase subclasses do):
# register's default mask, modify, unregister, poll with and without a
# timeout, ipoll with its reused tuple and one-shot flag.
import select
import time

try:
    from io import IOBase
except ImportError:
    IOBase = object


class Stream(IOBase):
    def __init__(self, name, ready):
        self.name = name
        self.ready = ready
        self.asked = []

    def ioctl(self, req, arg):
        self.asked.append((req, arg))
        if req == 3:
            return self.ready & arg
        return 0

    def __repr__(self):
        return "<%s>" % self.name


def show(result):
    print(sorted([(o.name, ev) for o, ev in result]))


print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
a = Stream("a", select.POLLIN)
b = Stream("b", select.POLLOUT)
c = Stream("c", 0)
p = select.poll()
print(p)
p.register(a)
print(a.asked)
show(p.poll(0))
print(a.asked)
p.register(b, select.POLLIN)
show(p.poll(0))
p.register(b, select.POLLOUT)  # registering again changes the mask
show(p.poll(0))
p.modify(a, select.POLLOUT)
show(p.poll(0))
p.modify(a, select.POLLIN | select.POLLOUT)
p.register(c)
show(p.poll())
show(p.poll(None))
show(p.poll(-1))
p.unregister(a)
p.unregister(a)  # not there: nothing happens
show(p.poll(0))
p.unregister(b)
start = time.ticks_ms()
show(p.poll(60))
print("waited", time.ticks_diff(time.ticks_ms(), start) >= 50)
c.ready = select.POLLHUP  # reported even when not asked for
show(p.poll(0))
c.ready = select.POLLERR
show(p.poll(0))

# ipoll: the poll object as an iterator over one tuple rewritten each time
p = select.poll()
a.ready = b.ready = select.POLLIN
p.register(a, select.POLLIN)
p.register(b, select.POLLIN)
seen = []
for t in p.ipoll(0):
    seen.append((t[0].name, t[1]))
print(sorted(seen))
print(len(list(p.ipoll(0))))
for t in p.ipoll(0, 1):  # one-shot: the events are cleared once reported
    pass
a.asked = []
print(list(p.ipoll(0)), a.asked)
p.modify(a, select.POLLIN)
print([(t[0].name, t[1]) for t in p.ipoll(0)])

# select.select: the ready objects of each list
a.ready = select.POLLIN
b.ready = select.POLLOUT
c.ready = 0
r, w, x = select.select([a, b, c], [a, b, c], [c], 0)
print(r, w, x)
r, w, x = select.select([a], [], [], None)
print(r, w, x)
start = time.ticks_ms()
print(select.select([c], [c], [], 0.05))
print("waited", time.ticks_diff(time.ticks_ms(), start) >= 40)
print(select.select([], [], [], 0))
c.ready = select.POLLERR
print(select.select([c], [], [], 0))
