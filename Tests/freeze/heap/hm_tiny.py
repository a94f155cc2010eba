# One tiny function.
def f(x):
    return x + 1
