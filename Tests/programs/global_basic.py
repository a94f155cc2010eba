# global statement: rebinding module-level names from functions
counter = 0
def inc():
    global counter
    counter += 1
    return counter
for _ in range(5):
    inc()
print(counter)
def reset():
    global counter
    counter = 0
reset()
print(counter)
def create():
    global created_later
    created_later = "now exists"
create()
print(created_later)
items = []
def add(x):
    items.append(x)
add(1)
add(2)
print(items)
def rebind_list():
    global items
    items = ["fresh"]
rebind_list()
print(items)
x = 1
def both():
    global x
    y = x + 1
    x = y * 10
    return y
print(both(), x)
