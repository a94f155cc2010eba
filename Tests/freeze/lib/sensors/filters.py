# Native code (emit="native"): every function is machine code.
from .calib import calibrate


def moving_average(samples, width):
    out = []
    total = 0
    for i, s in enumerate(samples):
        total += s
        if i >= width:
            total -= samples[i - width]
        if i >= width - 1:
            out.append(total // width)
    return out


def calibrated(channel, samples):
    return [calibrate(channel, s) for s in samples]


class Peak:
    def __init__(self):
        self.best = None

    def feed(self, x):
        if self.best is None or x > self.best:
            self.best = x
        return self.best
