# A fixed-size ring buffer class used for a moving average
from micropython import const
SIZE = const(4)
class Ring:
    def __init__(self, n):
        self.buf = [0] * n
        self.n = n
        self.head = 0
        self.count = 0
    def push(self, v):
        self.buf[self.head] = v
        self.head = (self.head + 1) % self.n
        if self.count < self.n:
            self.count += 1
    def items(self):
        start = (self.head - self.count) % self.n
        out = []
        for i in range(self.count):
            out.append(self.buf[(start + i) % self.n])
        return out
    def mean(self):
        if self.count == 0:
            return None
        return sum(self.items()) / self.count
r = Ring(SIZE)
print(r.items(), r.mean())
for v in [10, 20, 30, 40, 50, 60, 70]:
    r.push(v)
    print(v, r.items(), r.mean())
print(r.head, r.count, r.buf)
