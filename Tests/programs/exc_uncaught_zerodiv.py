# Ends with an uncaught ZeroDivisionError after finally blocks run
def avg(xs):
    return sum(xs) // len(xs)
print(avg([1, 2, 3]))
try:
    print(avg([10, 20]))
finally:
    print("first finally")
try:
    print(avg([]))
finally:
    print("second finally still runs")
print("not reached")
