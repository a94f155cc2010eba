# heapq errors: empty heaps, heaps that are not lists, wrong arity,
# incomparable items, and a comparison that changes the heap's size.
import heapq


def attempt(f):
    try:
        print(f())
    except (IndexError, TypeError, RuntimeError) as e:
        print(type(e).__name__, e)


attempt(lambda: heapq.heappop([]))
attempt(lambda: heapq.heapreplace([], 1))
attempt(lambda: heapq.heappush((), 1))
attempt(lambda: heapq.heappush(None, 1))
attempt(lambda: heapq.heappop((1, 2)))
attempt(lambda: heapq.heapify(3))
attempt(lambda: heapq.heapify("abc"))
attempt(lambda: heapq.heappushpop({}, 1))
attempt(lambda: heapq.heapreplace((1,), 1))
attempt(lambda: heapq.nsmallest(1, 5))


def attempt_type(f):
    try:
        print(f())
    except (IndexError, TypeError, RuntimeError) as e:
        print(type(e).__name__)


attempt_type(lambda: heapq.heappush([]))
attempt_type(lambda: heapq.nsmallest("x", [1]))
attempt_type(lambda: heapq.heappop())
attempt_type(lambda: heapq.heapify([], 1))
h = [1, 2]
attempt_type(lambda: heapq.heappush(h, "a"))
print(h)
h = [3, "a", 1]
attempt_type(lambda: heapq.heapify(h))
print(len(h), sorted(map(str, h)))
attempt_type(lambda: heapq.nsmallest(2, [1, "a", 2]))
attempt_type(lambda: heapq.nlargest(2, [1, 2], key=5))


class Shrinker:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        if self.heap:
            self.heap.pop()
        return self.v < other.v


h = []
h.append(Shrinker(1, None))
h.append(Shrinker(2, None))
h.append(Shrinker(3, None))
s = Shrinker(0, h)
attempt(lambda: heapq.heappush(h, s))


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")


h = [Bad(), Bad()]
try:
    heapq.heapify(h)
except ValueError as e:
    print("ValueError", e, len(h))
print(heapq.heappop([Bad()]).__class__.__name__)
