# input(): a prompt on stdout, one line of stdin without its newline,
# EOFError at the end of input (the lines come from input_basic.stdin).
name = input("name? ")
print()
print("hello", name)
n = int(input())
print(n * 2)
print(repr(input(None)))
print(repr(input("")))
print(repr(input(42)))
print(repr(input()))
try:
    input("more? ")
except EOFError:
    print()
    print("EOFError")
try:
    input()
except EOFError:
    print("EOFError again")
try:
    input("a", "b")
except TypeError:
    print("TypeError")
