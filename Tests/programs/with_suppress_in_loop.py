# A suppressing context manager used inside loops and functions
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            self.caught.append(t.__name__)
            return True
        return False
sup = Suppress(ValueError, ZeroDivisionError)
results = []
for s in ["1", "x", "0", "4"]:
    with sup:
        results.append(12 // int(s))
print(results, sup.caught)
def safe_get(d, k):
    with Suppress(KeyError):
        return d[k]
    return "default"
print(safe_get({"a": 1}, "a"), safe_get({}, "a"))
try:
    with Suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError:
    print("IndexError escaped")
