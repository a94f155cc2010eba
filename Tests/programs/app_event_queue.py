# A time-ordered event queue with sorted insertion and callbacks
class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.seq = 0
    def at(self, t, name, fn):
        self.seq += 1
        entry = (t, self.seq, name, fn)
        i = 0
        while i < len(self.queue) and self.queue[i][:2] < entry[:2]:
            i += 1
        self.queue.insert(i, entry)
    def run(self, until):
        log = []
        while self.queue and self.queue[0][0] <= until:
            t, _, name, fn = self.queue.pop(0)
            self.now = t
            log.append((t, name, fn(self)))
        return log
def blink(s):
    if s.now < 30:
        s.at(s.now + 10, "blink", blink)
    return "led toggled"
def report(s):
    return "pending %d" % len(s.queue)
s = Scheduler()
s.at(5, "report", report)
s.at(0, "blink", blink)
s.at(20, "report", report)
s.at(20, "early-same-time", lambda s: "same time, later seq")
for entry in s.run(25):
    print(entry)
print(s.now, [e[2] for e in s.queue])
for entry in s.run(100):
    print(entry)
