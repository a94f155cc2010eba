# Reverse Polish calculator using a list stack, dict dispatch and exceptions
def rpn(expr):
    stack = []
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "//": lambda a, b: a // b,
        "**": lambda a, b: a ** b,
    }
    for tok in expr.split():
        if tok in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError("bad expression")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 100 **", "7 2 /", "7 2 //", "1.5 2 *", "-7 2 //"]:
    print(e, "=>", rpn(e))
for bad in ["1 +", "1 2", "4 0 /"]:
    try:
        print(rpn(bad))
    except IndexError:
        print(bad, "=> IndexError")
    except ValueError:
        print(bad, "=> ValueError")
    except ZeroDivisionError:
        print(bad, "=> ZeroDivisionError")
