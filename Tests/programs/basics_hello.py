print("hello", 1 + 2)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
x = [i * i for i in range(5)]
print(x, len(x), x[2])
d = {"a": 1, "b": 2}
print(d, d["b"])
print(2 ** 100, 7 // -2, 7 % -2, 1 / 3)
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x * 2
print(P(21).get())
