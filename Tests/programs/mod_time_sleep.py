# time: time(), time_ns() and sleep() (only properties are printed)
import time

t0 = time.time()
n0 = time.time_ns()
time.sleep(0.02)
time.sleep(0)
t1 = time.time()
n1 = time.time_ns()
print(type(t0).__name__, type(n0).__name__)
print(t0 > 1.5e9, n0 > 1.5e18)
print(0.015 <= t1 - t0 < 5, 15_000_000 <= n1 - n0 < 5_000_000_000)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
