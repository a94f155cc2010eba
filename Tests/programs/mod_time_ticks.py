# time: MicroPython's ticks_ms / ticks_us / ticks_diff / ticks_add and sleep_ms / sleep_us
import time

t0 = time.ticks_ms()
u0 = time.ticks_us()
time.sleep_ms(20)
time.sleep_us(5000)
time.sleep_ms(0)
dt = time.ticks_diff(time.ticks_ms(), t0)
du = time.ticks_diff(time.ticks_us(), u0)
print(25 <= dt < 2000, 25000 <= du < 2000000)
print(time.ticks_diff(t0, time.ticks_ms()) <= -25)
# arithmetic wraps around the ticks period
big = time.ticks_add(0, -1)
print(big > 0, time.ticks_add(big, 1), time.ticks_diff(0, big), time.ticks_diff(big, 0))
print(time.ticks_diff(time.ticks_add(1000, 500), 1000), time.ticks_add(10, -3))
half = time.ticks_add(0, -1) // 2 + 1
print(time.ticks_diff(half, 0) < 0, time.ticks_diff(half - 1, 0) > 0)
# a deadline loop
deadline = time.ticks_add(time.ticks_ms(), 10)
spins = 0
while time.ticks_diff(deadline, time.ticks_ms()) > 0:
    time.sleep_ms(1)
    spins += 1
print(spins > 0, time.ticks_diff(time.ticks_ms(), deadline) >= 0)
