# None: identity, equality, truthiness, default returns
def nothing():
    pass
def early(x):
    if x:
        return
    return 5
print(nothing(), early(1), early(0))
x = None
print(x is None, x is not None, x == None, x != None)
print(None == 0, None == False, None == "", bool(None))
print(repr(None), str(None), type(None).__name__)
vals = [None, 0, False, "", [], 1, "a"]
print([v is None for v in vals])
print([v for v in vals if v is not None and not v])
d = {}
print(d.get("missing"), d.get("missing") is None)
r = [3, 1].sort()
print(r)
try:
    None < 1
except TypeError:
    print("TypeError")
