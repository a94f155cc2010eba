# Fixed/exponent/general formatting rounds the exact binary value correctly
vals = [0.125, 0.375, 2.675, 1.005, 0.045, 1e-10, 123456.7890123, 9.9995, 0.5, 1.5, 2.5, 99.995, 1e22]
for v in vals:
    print("%.2f %.1f %.0f %.3e %.4g %g" % (v, v, v, v, v, v))
for v in [0.1, 1 / 3, 2 / 3, 1e100]:
    print("{:.15g} {:.17g} {:.20f}".format(v, v, v))
print("%.30f" % 0.1)
print("%.0e %.1e %.2e" % (5.5, 0.25, 1.005))
print("{:.3g} {:.3g} {:.3g} {:.1g}".format(0.0001234, 123456, 99.95, 0.05))
print("{:10.3e}|{:<12.4g}|{:+.2e}".format(12345.6789, 0.000123456, -1e-5))
print("%.50f" % 5e-324 != "", "%.3f" % 1e300 == "%.3f" % 1e300)
print(f"{1e-7:f} {1e16:f} {-0.0:f} {123.456:.0f}")
