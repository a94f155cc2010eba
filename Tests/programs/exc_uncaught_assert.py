# Ends with an uncaught AssertionError
def checked_div(a, b):
    assert b != 0, "division by zero requested"
    return a / b
print(checked_div(10, 4))
print(checked_div(-9, 3))
results = []
for b in [1, 2, 0]:
    results.append(checked_div(6, b))
    print(results)
print("not reached")
