# ord/chr round trips and simple ciphers
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("~"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(0x263A) == "\u263a")
print(ord("\u00e9"), ord("\u20ac"), chr(233), chr(8364))
print("".join(chr(ord("a") + i) for i in range(26)))
def caesar(text, k):
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print([ord(c) for c in "xyz"], sum(ord(c) for c in "abc"))
try:
    ord("ab")
except TypeError:
    print("TypeError")
try:
    chr(-1)
except ValueError:
    print("ValueError")
