# Single inheritance, overriding, method resolution
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
    def kind(self):
        return "cat"
class Kitten(Cat):
    def speak(self):
        return "tiny " + Cat.speak(self)
for a in [Animal("x"), Dog("rex"), Cat("tom"), Kitten("kit")]:
    print(a.speak(), a.kind(), type(a).__name__)
print(isinstance(Kitten("k"), Animal), isinstance(Dog("d"), Cat))
print(issubclass(Kitten, Cat), issubclass(Cat, Kitten), issubclass(Dog, object))
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
