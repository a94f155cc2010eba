# time.time_ns(): an int of nanoseconds since 1970 that never goes back,
# agrees with time.time() and gmtime(), and moves on across a sleep.
import time

a = time.time_ns()
print(type(a).__name__, a > 1_700_000_000 * 10**9)
prev, back = a, 0
for i in range(1000):
    t = time.time_ns()
    if t < prev:
        back += 1
    prev = t
print("went back", back)
print(abs(time.time_ns() // 10**9 - time.time()) < 2)
print(abs(time.mktime(time.gmtime()) - time.time_ns() // 10**9) < 2 if hasattr(time, "ticks_ms") else True)
b = time.time_ns()
time.sleep(0.02)
c = time.time_ns()
print(c - b >= 15_000_000, c - b < 10 * 10**9)
print(time.gmtime(a // 10**9)[0] >= 2023)
