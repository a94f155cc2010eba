# Generators as __iter__ methods and generator methods
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6)])])
print(list(t), list(t.leaves()), sum(t), 5 in t, 9 in t)
class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]
    def __iter__(self):
        return iter(self.cards)
    def __reversed__(self):
        return reversed(self.cards)
d = Deck()
print(list(d), list(reversed(d)))
print([c for c in d if c.startswith("A")])
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i
c = Counter(3)
print(list(c), list(c), [x * y for x in c for y in c])
