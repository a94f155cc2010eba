# __dict__, vars-like access, instance attribute enumeration
class Rec:
    kind = "rec"
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
r = Rec(b=2, a=1)
print(r.__dict__, sorted(r.__dict__))
r.c = 3
print(r.__dict__)
r.__dict__["d"] = 4
print(r.d)
del r.a
print(r.__dict__, "kind" in r.__dict__)
class Slots:
    def __init__(self):
        self.x = 1
s = Slots()
print(list(s.__dict__.items()), type(s).__name__, s.__class__.__name__)
print(isinstance(s.__dict__, dict))
