# array typecodes and MicroPython's stores: an int is truncated to the
# item (CPython raises OverflowError), items cannot be deleted, and there
# is no array * int. Sizes of the explicit-size typecodes.
import array

for tc in "bBhHiIqQfd":
    x = array.array(tc, [1, 2])
    print(tc, x, len(bytes(x)))
for tc in "lL":
    print(tc, array.array(tc, [-1 if tc == "l" else 1, 7]))
print(array.array("b", [127, 128, 255, 256, -129]))
print(array.array("B", [-1, 256, 300]))
print(array.array("h", [40000]), array.array("H", [-1]), array.array("H", [65536 + 5]))
print(array.array("i", [2**31]), array.array("I", [-1]), array.array("i", [2**70 + 3]))
print(array.array("q", [2**63]), array.array("Q", [-1]), array.array("Q", [2**64 + 9]))
a = array.array("h", [1, 2, 3])
a[0] = 70000
a.append(-40000)
a.extend([2**33 + 1])
print(a, array.array("B", [True, False]))
m = memoryview(a)
m[1] = 65535
print(a)
for bad in [lambda: a * 2]:
    try:
        bad()
    except TypeError:
        print("TypeError")


def delete_item():
    del a[0]


def delete_slice():
    del a[0:2]


for f in (delete_item, delete_slice):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(a)
