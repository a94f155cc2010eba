# Default argument values, evaluated once
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"))
def power(x, n=2):
    return x ** n
print(power(3), power(3, 3), power(2, n=10))
k = 5
def show(v=k):
    return v
k = 6
print(show(), show(1))
def append_to(item, lst=[]):
    lst.append(item)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(item, lst=None):
    if lst is None:
        lst = []
    lst.append(item)
    return lst
print(safe_append(1), safe_append(2))
def many(a, b=1, c=2, d=3):
    return (a, b, c, d)
print(many(0), many(0, d=9), many(0, 5, d=7, c=6))
try:
    many()
except TypeError:
    print("TypeError")
