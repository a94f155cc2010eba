# sys.stdin.buffer: the bytes view of stdin (read, readline, readinto,
# iteration), fed by sys_stdin_buffer.stdin.
import sys

b = sys.stdin.buffer
print(repr(b.readline()))
print(repr(b.read(4)))
buf = bytearray(5)
print(b.readinto(buf), buf)
print(repr(b.readline()))
print(list(b))
print(repr(b.read()), repr(b.readline()))
