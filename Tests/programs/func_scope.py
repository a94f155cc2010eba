# Local/global scoping rules, shadowing, UnboundLocalError
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
def bad():
    try:
        print(x)
    except UnboundLocalError:
        print("UnboundLocalError")
    x = 1
bad()
def uses_builtin():
    return len([1, 2])
print(uses_builtin())
def shadow_builtin():
    len = lambda s: 99
    return len("abc")
print(shadow_builtin(), len("abc"))
y = 1
def nested():
    y = 2
    def inner():
        return y
    return inner()
print(nested(), y)
def params(x):
    x = x + 1
    return x
print(params(1), x)
