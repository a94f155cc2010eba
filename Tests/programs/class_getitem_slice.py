# __getitem__ receives slice objects; __contains__ falls back to __iter__
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(self.data[key])
        return self.data[key]
    def __repr__(self):
        return "Seq(%r)" % self.data
s = Seq(range(10))
print(s[3], s[-1], s[2:5], s[::3], s[::-4], len(s[1:]))
class Spy:
    def __getitem__(self, key):
        return key
sp = Spy()
k = sp[1:2]
print(type(k).__name__, k.start, k.stop, k.step)
k = sp[::-1]
print(k.start, k.stop, k.step)
print(sp[1, 2], sp["x"], sp[1:2, 3])
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter(), list(OnlyIter()))
