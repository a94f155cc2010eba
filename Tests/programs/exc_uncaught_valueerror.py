# Ends with an uncaught ValueError: traceback on stderr, exit status 1
def parse(s):
    return int(s)
total = 0
for s in ["1", "2", "3"]:
    total += parse(s)
print("total", total)
print("about to fail")
values = [parse(s) for s in ["4", "five", "6"]]
print("not reached", values)
