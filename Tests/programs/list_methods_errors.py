# List method argument errors and return values
a = [1, 2, 3]
print(a.append(4), a.extend([]), a.insert(0, 0), a.reverse(), a.sort(), a.clear())
b = [3, 1, 2]
for bad in [lambda: b.index(9), lambda: b.remove(9), lambda: [].pop(), lambda: b.pop(10),
            lambda: b.insert(), lambda: b.append(1, 2), lambda: b.sort(1), lambda: b[1.5],
            lambda: b["0"], lambda: b.extend(5)]:
    try:
        bad()
        print("no error")
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__)
print(b, b.copy() == b, b.copy() is b)
print(b.pop(-1), b.pop(-len(b)), b)
c = [0] * 3
c[True] = 9
print(c, c[-True])
