# @classmethod and @staticmethod, alternative constructors
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return "%04d-%02d-%02d" % (self.y, self.m, self.d)
class MyDate(Date):
    pass
d = Date.from_string("2024-02-29")
m = MyDate.from_string("1999-12-31")
print(d, m, type(m).__name__, Date.created)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), MyDate.is_leap(2023))
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)
print(Registry.add("a"), Registry().add("b"), Registry.items)
