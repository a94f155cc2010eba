# time.gmtime / localtime / mktime: MicroPython's 8-tuple (year, month,
# mday, hour, minute, second, weekday, yearday) over many dates, leap
# years, before 1970 and past 2038 (big ints on the 32-bit boards), the
# round trip, and mktime carrying fields out of range. CPython's mktime is
# local time and a float: there calendar.timegm, UTC and an int, stands in.
import time

try:
    from calendar import timegm as mktime

    def mktime_carry(t):
        # timegm takes months 1..12 only: carry them over first
        y, m = t[0] + (t[1] - 1) // 12, (t[1] - 1) % 12 + 1
        return mktime((y, m) + tuple(t[2:]))

except ImportError:
    mktime = mktime_carry = time.mktime


def show(secs):
    t = time.gmtime(secs)
    print(secs, tuple(t[:8]))
    back = mktime(tuple(t[:8]) + (0,)) if 1 <= t[0] <= 9999 else secs
    if back != secs:
        print("round trip", secs, back)


for secs in (0, 1, -1, 59, 60, 86399, 86400, -86400, 951782400, 951868800, 1709164800, 1709251199,
             2147483647, 2147483648, 4294967295, 4294967296, -2147483648, -2147483649, 253402300799,
             253402300800, -2208988800, -62135596800, 32503680000):
    show(secs)

# every first of March and last of February from 1896 to 2104
n = 0
for y in range(1896, 2105):
    for m, d in ((2, 28), (2, 29), (3, 1), (12, 31), (1, 1)):
        secs = mktime((y, m, d, 12, 30, 15, 0, 0, 0))
        t = time.gmtime(secs)
        n += 1
        if tuple(t[:3]) != (y, m, d) and (m, d) != (2, 29):
            print("date", y, m, d, tuple(t[:8]))
print(n, "dates")

# a walk over days: weekday and yearday advance together
secs = -3 * 365 * 86400 + 43200
prev = time.gmtime(secs)
bad = years = 0
for i in range(3000):
    secs += 86400
    t = time.gmtime(secs)
    if t[6] != (prev[6] + 1) % 7:
        bad += 1
    if t[7] == 1:
        years += 1
    elif t[7] != prev[7] + 1:
        bad += 1
    prev = t
print("walk", bad, years)

# big days of the year
for y in (1900, 2000, 2023, 2024, 2100):
    print(y, tuple(time.gmtime(mktime((y, 12, 31, 0, 0, 0, 0, 0, 0)))[:8]))

# out-of-range fields carry over
for fields in ((2024, 13, 1, 0, 0, 0), (2024, 0, 1, 0, 0, 0), (2024, 3, 0, 0, 0, 0), (2023, 2, 29, 0, 0, 0),
               (2024, 1, 1, 24, 0, 0), (2024, 1, 1, 0, 0, -1), (2024, 1, 1, -25, 61, 61), (2024, -11, 1, 0, 0, 0),
               (2000, 1, 400, 0, 0, 0)):
    print(fields, mktime_carry(fields + (0, 0, 0)))

# floats: down to the whole second
print(tuple(time.gmtime(1.9)[:8]), tuple(time.gmtime(-0.5)[:8]))
print(time.localtime(0)[:6] == time.localtime(0)[:6])
print(len(time.gmtime()) >= 8, time.gmtime()[0] >= 2024)
print(type(time.time()).__name__, type(time.time_ns()).__name__)
