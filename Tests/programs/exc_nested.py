# Nested try blocks, exceptions crossing function frames, re-raise
def level3():
    raise IndexError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("not here")
def level1():
    try:
        level2()
    except IndexError as e:
        print("level1 caught", e)
        raise
try:
    level1()
except IndexError:
    print("top caught re-raised")
def convert(x):
    try:
        try:
            return int(x)
        except ValueError:
            return float(x)
    except ValueError:
        return None
print(convert("3"), convert("3.5"), convert("x"))
count = 0
for i in range(5):
    try:
        try:
            if i % 2:
                raise ValueError(i)
        finally:
            count += 1
    except ValueError as e:
        print("odd", e.args[0])
print(count)
