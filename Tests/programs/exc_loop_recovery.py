# Exceptions inside loops: continue after errors, count failures
inputs = ["10", "x", "3.5", "", "-4", "7e2", "0"]
ok = []
bad = []
for s in inputs:
    try:
        v = int(s)
    except ValueError:
        try:
            v = float(s)
        except ValueError:
            bad.append(s)
            continue
    ok.append(v)
print(ok, bad)
results = []
for d in [2, 0, 5, 0, 1]:
    try:
        results.append(100 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError("retry")
        break
    except RuntimeError:
        continue
print(attempts)
def first_valid(items):
    for it in items:
        try:
            return int(it)
        except (TypeError, ValueError):
            pass
    return None
print(first_valid([None, "a", [1], "42", "7"]), first_valid([]))
