# str(b, encoding[, errors]) decodes, as b.decode(encoding, errors) (the
# idiom of UART and socket code); str(OSError(errno, strerror)) is
# "[Errno n] strerror" as CPython.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)


show(lambda: str(b"abc", "utf-8"))
show(lambda: str(b"abc", "utf-8", "strict"))
show(lambda: str(b"abc", encoding="utf-8"))
show(lambda: str(b"abc", errors="strict"))
show(lambda: str(bytearray(b"xy"), "ascii"))
show(lambda: str(b"\xc3\xa9t\xc3\xa9", "utf-8"))
show(lambda: str(b"\xe9", "latin-1"))
show(lambda: str(b"\xff", "utf-8"))
show(lambda: str(b"a\xffb", "utf-8", "replace"))
show(lambda: str(b"a\xffb", "utf-8", "ignore"))
show(lambda: str(b"\xff", "ascii"))
show(lambda: str(b"abc", "no-such-codec"))
show(lambda: str(b"abc", 5))
show(lambda: str("abc", "utf-8"))
show(lambda: str(5, "utf-8"))
show(lambda: str(b"abc"))
show(lambda: str())
show(lambda: str(object=7))
show(lambda: b"\xff".decode())
show(lambda: "\xe9".encode("ascii"))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeEncodeError, ValueError))
try:
    b"\xfe".decode("utf-8")
except UnicodeError as e:
    print("caught", type(e).__name__)

show(lambda: str(OSError(2, "No such file")))
show(lambda: str(OSError(2, "No such file", "x.txt")))
show(lambda: str(OSError(2)))
show(lambda: str(OSError("disk full")))
show(lambda: str(OSError()))
show(lambda: str(OSError(1, 2, 3, 4, 5, 6)))
try:
    raise OSError(5, "I/O error")
except OSError as e:
    print(e)
