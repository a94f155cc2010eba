# The 'c' presentation type turns an int into its character; like every
# int format it is right-aligned unless an alignment is given.
for spec in ("c", "4c", "<4c", ">4c", "^5c", "*^5c", "=4c", "04c"):
    print(repr(spec), repr(format(65, spec)), repr("{:%s}" % spec).format(97))
print("[{:3c}|{:<3c}]".format(0x263A, 0x263A))
w = 6
print(f"[{66:{w}c}]")
for bad in ("+c", "#c", ",c"):
    try:
        format(65, bad)
    except ValueError as e:
        print("ValueError", bad)
try:
    format(-1, "c")
except OverflowError:
    print("OverflowError")
try:
    format(0x110000, "c")
except OverflowError:
    print("OverflowError")
