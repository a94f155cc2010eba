# select over sys.stdin with data ready (select_stdin.stdin feeds it) and
# at its end (readable or hung up: some event), and over sys.stdout.
import select
import sys

p = select.poll()
p.register(sys.stdin, select.POLLIN)
print([bool(ev) for o, ev in p.poll(0)])
print(sys.stdin.readline(), end="")
print([bool(ev) for o, ev in p.poll(1000)])
print(sys.stdin.read(), end="")
print([bool(ev) for o, ev in p.poll(0)])
r, w, x = select.select([sys.stdin], [sys.stdout], [], 0)
print(r == [sys.stdin], w == [sys.stdout], x)
q = select.poll()
q.register(sys.stdout, select.POLLOUT)
print([bool(ev & select.POLLOUT) for o, ev in q.poll(0)])
