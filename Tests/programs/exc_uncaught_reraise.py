# Ends with an exception that is caught, logged and re-raised
def work(i):
    if i == 3:
        raise IndexError("item %d" % i)
    return i * i
results = []
try:
    for i in range(5):
        results.append(work(i))
except IndexError as e:
    print("logging", type(e).__name__, results)
    raise
print("not reached")
