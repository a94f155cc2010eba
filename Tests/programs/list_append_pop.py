# append and pop as a stack; pop with index
stack = []
for i in range(5):
    stack.append(i * i)
print(stack)
print(stack.pop(), stack)
print(stack.pop(0), stack)
print(stack.pop(-2), stack)
print(stack.pop(1), stack)
stack.append([1, 2])
stack.append(stack[0])
print(stack, len(stack))
while stack:
    stack.pop()
print(stack)
try:
    stack.pop()
except IndexError:
    print("IndexError")
q = [1, 2, 3]
try:
    q.pop(5)
except IndexError:
    print("IndexError idx")
big = []
for i in range(1000):
    big.append(i)
total = 0
while big:
    total += big.pop()
print(total)
