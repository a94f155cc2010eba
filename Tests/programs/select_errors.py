# select's errors: objects that are not streams, a stream whose ioctl
# fails, modify of an object never registered, bad arguments.
import select

try:
    from io import IOBase
except ImportError:
    IOBase = object


class Bad(IOBase):
    def ioctl(self, req, arg):
        raise ValueError("ioctl failed")


class Minus(IOBase):
    def ioctl(self, req, arg):
        return -1


def attempt(what, f, *args):
    try:
        print(what, f(*args))
    except Exception as e:
        print(what, type(e).__name__)


p = select.poll()
attempt("register str", p.register, "x")
attempt("register int", p.register, 1)
attempt("register None", p.register, None)
attempt("modify missing", p.modify, Bad(), select.POLLIN)
attempt("mask str", p.register, Bad(), "x")
attempt("no args", p.register)
attempt("poll 2 args", p.poll, 1, 2)
attempt("poll str", p.poll, "x")
q = select.poll()
q.register(Bad())
attempt("ioctl raises", q.poll, 0)
q = select.poll()
q.register(Minus())
attempt("ioctl -1", q.poll, 0)
attempt("select not iterable", select.select, 1, [], [])
attempt("select str", select.select, ["x"], [], [], 0)
attempt("select 2 args", select.select, [], [])
attempt("select bad timeout", select.select, [], [], [], "x")
attempt("unregister other", p.unregister, 5)
