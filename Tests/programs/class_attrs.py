# Class attributes versus instance attributes
class Dog:
    species = "canis"
    count = 0
    tricks = []
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog("rex")
b = Dog("fido")
print(Dog.count, a.species, b.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
a.add_trick("sit")
b.add_trick("roll")
print(Dog.tricks, a.tricks is b.tricks)
del a.species
print(a.species)
class Config:
    DEBUG = False
    LEVEL = 3
    NAMES = ("a", "b")
print(Config.DEBUG, Config.LEVEL * 2, Config.NAMES[1])
Config.LEVEL = 5
print(Config().LEVEL)
print(getattr(Dog, "count"), getattr(a, "name"))
