# gc-stress: skip: 50,000 nested iterators cost a collection each, O(n^2) in that mode
# Iterators over iterators (map of map of ...) recurse in C on next(): 100
# deep works; 50,000 deep raises RecursionError from the stack budget (it
# faulted). CPython nests them on its 8 MiB C stack with no limit (and crashes
# a few times deeper), so the deep result differs on purpose (see the .exp).
for n in (100, 50000):
    it = iter([1, -2])
    for i in range(n):
        it = map(abs, it)
    try:
        print(n, next(it), list(it))
    except RecursionError as e:
        print(n, type(e).__name__)
    it = None
