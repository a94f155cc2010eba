# Ends with an uncaught TypeError from a bad operand
items = [1, 2, 3]
print(sum(items))
label = "count: "
print(label + str(len(items)))
def describe(things):
    parts = []
    for t in things:
        parts.append(str(t))
    return ", ".join(parts)
print(describe(items))
print(label + len(items))
print("not reached")
