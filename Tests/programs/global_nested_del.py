# global in nested functions, del of globals, globals created in loops
x = "module"
def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
        return x
    r = inner()
    return r, x
print(outer(), x)
def make_globals():
    global g1, g2
    for i in range(2):
        if i == 0:
            g1 = i
        else:
            g2 = i * 10
make_globals()
print(g1, g2)
temp = 5
def remove():
    global temp
    del temp
remove()
try:
    print(temp)
except NameError:
    print("NameError after del")
def read_then_write():
    global counter
    counter = counter + 1 if "counter" in globals() else 1
read_then_write()
read_then_write()
print(counter)
