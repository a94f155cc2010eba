# The main program of the frozen-module firmware test: everything it
# imports is frozen into the image by manifest.py.
import sensors
from sensors import fast, filters
from sensors.calib import label
import units

print(sensors.describe())
print(sensors.calibrate(2, 10), label("t"), label("x"))
print(filters.moving_average([1, 2, 3, 4, 5, 6, 7, 8], 3))
print(filters.calibrated(1, [10, 20, 30]))
p = filters.Peak()
print([p.feed(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
print(fast.checksum(b"frozen modules"), fast.clamp(-5, 0, 10), fast.clamp(50, 0, 10))
print(fast.scale([1, 5, 20, 40], 3))
print(units.TABLE, units.c_to_f(-40))
print(sorted(sensors.__all__))
from sensors import *
print(calibrate(0, 1), fast.clamp(7, 0, 10))
import sys
print(sorted(k for k in sys.modules if k.startswith("sensors")))
