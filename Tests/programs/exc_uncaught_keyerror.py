# Ends with an uncaught KeyError raised deep in nested calls
def a(d):
    return b(d) + 1
def b(d):
    return c(d) * 2
def c(d):
    return d["missing"]
d = {"present": 1}
print(d["present"])
print(a({"missing": 5}))
print(a(d))
print("not reached")
