# An uncaught exception with a cause and a context: stderr shows the whole chain
def low():
    return {}["k"]
def mid():
    try:
        low()
    except KeyError as e:
        raise ValueError("converted") from e
def top():
    try:
        mid()
    except ValueError:
        print("handling")
        int("zz")
top()
