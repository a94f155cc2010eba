# Streams for asyncio, as MicroPython's: Stream wraps an object on the
# stream protocol (sys.stdin, a file, a user class with ioctl) and awaits
# its readiness through the scheduler's IO queue (core.IOQueue, select.poll)
# before each read or write, so other tasks run while it waits.
# StreamReader and StreamWriter are the same class. read(n) gives what the
# stream's read does; the reads that gather (read(), readexactly,
# readline) give bytes, as MicroPython's (a text stream's str is encoded).

from . import core


def _bytes(x):
    return x.encode() if isinstance(x, str) else x


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""

    def get_extra_info(self, v):
        return self.e[v]

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    async def read(self, n=-1):
        r = b""
        while True:
            await core._IOWait(self.s, 0)
            r2 = self.s.read(n)
            if r2 is not None:
                if n >= 0:
                    return r2
                r2 = _bytes(r2)
                if not len(r2):
                    return r
                r += r2

    async def readinto(self, buf):
        await core._IOWait(self.s, 0)
        return self.s.readinto(buf)

    async def readexactly(self, n):
        r = b""
        while n:
            await core._IOWait(self.s, 0)
            r2 = self.s.read(n)
            if r2 is not None:
                r2 = _bytes(r2)
                if not len(r2):
                    raise EOFError
                r += r2
                n -= len(r2)
        return r

    async def readline(self):
        line = b""
        while True:
            await core._IOWait(self.s, 0)
            more = self.s.readline()
            if more is not None:
                more = _bytes(more)
                line += more
                if not more or line[-1] == 10:
                    return line

    def write(self, buf):
        if not self.out_buf:
            # Try to write at once, without waiting.
            ret = self.s.write(buf)
            if ret == len(buf):
                return
            if ret is not None:
                buf = buf[ret:]
        self.out_buf += buf

    async def drain(self):
        if not self.out_buf:
            # Give the other tasks a turn, as a real write would.
            return await core.sleep_ms(0)
        mv = memoryview(self.out_buf)
        off = 0
        while off < len(mv):
            await core._IOWait(self.s, 1)
            ret = self.s.write(mv[off:])
            if ret is not None:
                off += ret
        self.out_buf = b""


StreamReader = Stream
StreamWriter = Stream
