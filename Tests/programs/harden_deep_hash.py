# gc-stress: skip: 100,000 nested tuples cost a collection each, O(n^2) in that mode
# hash() of a tuple nested 100,000 deep: the runtime's stack budget raises
# RecursionError (it faulted on the boards). CPython recurses without a limit
# here, so the result differs on purpose (see the .exp file).
x = 0
for i in range(100000):
    x = (x,)
try:
    print(hash(x) is not None)
except RecursionError as e:
    print(type(e).__name__, e)
x = None
t = ()
for i in range(300):
    t = (t, i)
print(hash(t) == hash(t))
