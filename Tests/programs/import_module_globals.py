# Functions from another module use that module's globals, and module attributes are writable
import mod_helper_math as m
counter = "importer's own counter"
print(m.bump(), m.bump(), counter)
m.counter = 50
print(m.counter, m.bump(), m.counter)
m.new_attr = [1, 2]
print(m.new_attr, hasattr(m, "new_attr"))
def square(x):
    return "local square"
print(square(3), m.square(3))
m.square = lambda x: -x
print(m.square(3))
