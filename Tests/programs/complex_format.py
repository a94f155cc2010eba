# format() of complex numbers as CPython (MicroPython 1.29 formats only an
# empty spec and raises TypeError for any other): no type is str()'s form
# padded right-aligned, float types format both parts, '0' padding, '='
# and non-float types are ValueErrors.
for s in ['', '10', '<12', '^14', '.2', '.3f', 'e', '+', ' ', '+.1e', 'g', 'G', 'n', ',', '_.2f', '#', '#.0f', 'z.1f', '*>15.2f', '-', 'F', 'z', '#10', ',.3e', '>20,', '^20.2f']:
    print(repr(s), repr(format(1234.5-0.0001j, s)), repr(format(2.5j, s)), repr(format(complex(-0.0, 1e20), s)), repr(format(complex(float('nan'), -float('inf')), s)))
for s in ['010', '0<5', '=10', 'd', '%', 's', 'x', 'c', 'b']:
    try: print(format(1j, s))
    except Exception as e: print(type(e).__name__, e)
print(f"{1+2j}|{1+2j:>10}|{-1.5j:^9.1f}|{3+4j!r:>8}|{3-4j!s:<8}|")
print("{:*^20}".format(complex(1, -1)), "{0.real} {0.imag}".format(2 + 3j), "%s|%10s" % (1j, 2 + 1j))
