# sys.stdin as a stream: read(n), readline, iteration by lines, readlines,
# read() to the end, EOF (sys_stdin.stdin feeds it).
import sys

print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(5)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(2)))  # two characters, one of them two bytes

print(repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line))
    if count == 3:
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.buffer.read()))
print(list(sys.stdin))
print(repr(input("x") if False else ""))
try:
    input()
except EOFError:
    print("EOFError")
# stdout and stderr as streams.
print(sys.stdout.write("written\n"))
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.flush()
print(sys.stderr.write(""))
print("to stdout", file=sys.stdout)
try:
    sys.stdout.write(b"x")
except TypeError:
    print("TypeError")
