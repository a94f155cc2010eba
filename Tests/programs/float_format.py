# %-formatting and format specs for floats
x = 3.14159265
print("%f" % x, "%.2f" % x, "%8.3f|" % x, "%-8.1f|" % x, "%e" % x, "%.3e" % x)
print("%g" % x, "%g" % 1e20, "%g" % 0.0001, "%g" % 123456789.0)
print("{:.2f}".format(x), "{:10.4f}|".format(x), "{:<10.1f}|".format(x), "{:+.1f}".format(x))
print(f"{x:.3f}", f"{x:e}", f"{x:.0f}", f"{2.5:.0f}", f"{-0.5:.0f}")
print("%.1f %.1f %.1f" % (0.05, 0.15, 0.25))
print("{:.3%}".format(0.12345), "{:,.2f}".format(1234567.891))
print("%5.1f%%" % 99.5)
print(f"{1e-10:.3g} {1e10:.3g} {123.456:g}")
print("{:08.3f}".format(-3.5), "{:^9.2f}|".format(2.0))
