# str/repr/formatting of ints of many sizes
for n in [0, 1, -1, 9, 10, 99, 100, 65535, -65536, 2 ** 31, 2 ** 63, -2 ** 63, 10 ** 50]:
    print(n, str(n), repr(n), len(str(n)))
print("%d|%5d|%-5d|%05d" % (42, 42, 42, 42))
print("%x %X %o" % (255, 255, 8))
print("{}|{:>6}|{:<6}|{:06}".format(7, 7, 7, -7))
print(f"{12345:,}")
print("{:x} {:b} {:o}".format(2 ** 70, 5, 64))
print(str(2 ** 200))
parts = []
for n in [1, -22, 333]:
    parts.append(str(n))
print(",".join(parts), str(-2 ** 100))
