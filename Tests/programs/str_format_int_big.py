# Formatting big and negative ints with grouping, bases and signs
n = 2 ** 70
m = -n - 12345
print("{:,} {:_} {:+,}".format(n, n, m))
print("{:x} {:X} {:#x} {:#o} {:#b}".format(m, n, m, -8, -5))
print("{:_x} {:_b}".format(n - 1, 255))
print(f"{m:>40}|{m:<40}|")
print(f"{n:040d}|{m:040,}")
print("%d %+d %30d|" % (m, n, m))
print(format(n, ","), format(m, "x"), format(-1, "#b"), format(0, "#x"))
print(str(-10 ** 40), repr(10 ** 40 + 1), len(str(2 ** 4000)))
print("{:e}".format(2 ** 70), "{:.3f}".format(n), "{:g}".format(m))
