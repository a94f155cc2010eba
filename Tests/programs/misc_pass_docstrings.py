"""Module docstring: pass statements, ellipsis, docstrings, comments."""
def f():
    """Function docstring."""
    pass
class C:
    """Class docstring."""
    pass
class D:
    ...
def g():
    ...
print(f(), g(), C.__name__, D.__name__)
print(... is Ellipsis, repr(...))
for _ in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
x = 1; y = 2; print(x + y)
if x: print("one-line if")
for i in range(2): print("one-line for", i)
# a comment line
print("end")  # trailing comment
