# micropython.heap_lock: every allocation raises MemoryError until heap_unlock
import micropython

l = []
l2 = list(range(100))
micropython.heap_lock()
micropython.heap_lock()
try:
    print([])
except MemoryError:
    print("MemoryError")
try:
    l.extend(l2)
except MemoryError:
    print("MemoryError")
print(micropython.heap_locked())
print(micropython.heap_unlock())
try:
    print([1, 2])
except MemoryError:
    print("MemoryError")
print(micropython.heap_unlock())
print([], micropython.heap_locked(), micropython.heap_unlock())
x = [i * i for i in range(10)]
print(x)


def build(n):
    return {str(i): i for i in range(n)}


micropython.heap_lock()
try:
    build(5)
    ok = True
except MemoryError:
    ok = False
micropython.heap_unlock()
print("allocated while locked:", ok)
print(len(build(5)))
