# Ends with an uncaught user exception derived from ValueError
class RangeError(ValueError):
    def __init__(self, value, lo, hi):
        super().__init__("%d not in [%d, %d]" % (value, lo, hi))
        self.value = value
def check(v, lo=0, hi=10):
    if not lo <= v <= hi:
        raise RangeError(v, lo, hi)
    return v
print(check(5))
try:
    check(11)
except ValueError as e:
    print("caught as ValueError:", e.value)
print(check(-1))
print("not reached")
