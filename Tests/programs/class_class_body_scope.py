# Class body scope: class attributes computed from others, methods referencing globals
SCALE = 10
class Conf:
    base = 3
    doubled = base * 2
    scaled = base * SCALE
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    def show(self):
        return (self.base, self.doubled, self.scaled, SCALE)
print(Conf.doubled, Conf.scaled, Conf.upper, Conf().show())
SCALE = 20
print(Conf.scaled, Conf().show())
class Counter:
    total = 0
    def add(self):
        Counter.total += 1
        return Counter.total
c1, c2 = Counter(), Counter()
c1.add()
c2.add()
print(Counter.total, c1.total)
class Temp:
    x = 1
    x = x + 1
    if x > 1:
        big = True
    else:
        big = False
print(Temp.x, Temp.big)
