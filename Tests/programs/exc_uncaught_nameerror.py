# Ends with an uncaught NameError from a misspelled name
def compute(values):
    result = 0
    for v in values:
        result += v
    return reslt
numbers = [4, 5, 6]
print("computing", len(numbers), "values")
print(sum(numbers))
print(compute(numbers))
print("not reached")
