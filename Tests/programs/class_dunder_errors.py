# Bad return types from dunders raise TypeError; __contains__ result is converted to bool
class BadRepr:
    def __repr__(self):
        return 42
class BadBool:
    def __bool__(self):
        return "yes"
class BadLen:
    def __len__(self):
        return "3"
class Contains:
    def __contains__(self, x):
        return x * 2
for name, fn in [("repr", lambda: repr(BadRepr())), ("bool", lambda: bool(BadBool())),
                 ("len", lambda: len(BadLen())), ("str", lambda: str(BadRepr()))]:
    try:
        fn()
        print(name, "no error")
    except TypeError:
        print(name, "TypeError")
print(3 in Contains(), 0 in Contains(), 0 not in Contains())
class NoIter:
    pass
try:
    for x in NoIter():
        pass
except TypeError:
    print("TypeError not iterable")
try:
    NoIter()[0]
except TypeError:
    print("TypeError not subscriptable")
try:
    NoIter() + 1
except TypeError:
    print("TypeError unsupported operand")
