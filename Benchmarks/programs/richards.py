# Attributes and method calls: a small task-scheduler simulation in the
# spirit of Richards (classes, inheritance, method dispatch).
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of scheduler steps (default 450000; the
# harness passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class Task:
    def __init__(self, sched, ident, prio, queue):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.held = False
        self.count = 0

    def run(self, pkt):
        self.count += 1
        return self.sched.next_task()

    def take(self):
        pkt = self.queue
        if pkt is not None:
            self.queue = pkt.link
            pkt.link = None
        return pkt

class IdleTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None)
        self.seed = 1

    def run(self, pkt):
        self.count += 1
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.sched.wake(1)
        self.seed = self.seed >> 1
        return self.sched.wake(2)

class WorkTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue)
        self.dest = 2
        self.letter = 0

    def run(self, pkt):
        self.count += 1
        pkt = self.take()
        if pkt is None:
            return self.sched.next_task()
        self.dest = 5 - self.dest
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            pkt.data[i] = self.letter
        return self.sched.send(pkt, self.dest)

class DeviceTask(Task):
    def run(self, pkt):
        self.count += 1
        pkt = self.take()
        if pkt is None:
            return self.sched.next_task()
        self.sched.checksum += pkt.data[0] + pkt.datum
        return self.sched.send(pkt, 1)

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.checksum = 0
        self.current = 0
        self.sends = 0

    def add(self, task):
        self.tasks.append(task)

    def next_task(self):
        self.current = (self.current + 1) % len(self.tasks)
        return self.tasks[self.current]

    def wake(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t

    def send(self, pkt, ident):
        self.sends += 1
        t = self.tasks[ident]
        t.queue = pkt.append_to(t.queue)
        return t

    def schedule(self, steps):
        t = self.tasks[0]
        for _ in range(steps):
            t = t.run(None)

def run(steps):
    s = Scheduler()
    s.add(IdleTask(s, 0, 0))
    q = None
    for i in range(6):
        q = Packet(None, i, 1).append_to(q)
    s.add(WorkTask(s, 1, 1000, q))
    s.add(DeviceTask(s, 2, 2000, None))
    s.add(DeviceTask(s, 3, 3000, None))
    s.schedule(steps)
    counts = [t.count for t in s.tasks]
    return s.checksum, s.sends, counts

print("richards", run(int(sys.argv[1]) if len(sys.argv) > 1 else 450000))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
