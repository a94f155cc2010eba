# Unary special methods of built-in types called explicitly (int.__neg__(5)):
# each reaches its own slot operation; one a type lacks is an error.
for t, v in [(int, 5), (int, -2**70), (bool, True), (float, 1.5), (list, [1]), (dict, {}), (range, range(3)), (str, "ab")]:
    for n in ["__len__", "__neg__", "__pos__", "__invert__", "__abs__"]:
        try:
            print(t.__name__, n, getattr(t, n)(v))
        except (TypeError, AttributeError):
            print(t.__name__, n, "-")
# A bool is an int to int's special methods.
print(int.__neg__(True), int.__repr__(True), int.__add__(True, 2), int.__invert__(False))
