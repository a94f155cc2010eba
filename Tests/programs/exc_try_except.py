# try/except: matching by type, tuples, base classes, binding
def risky(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return undefined_name
    if kind == 5:
        return None + 1
    return "ok"
for k in range(7):
    try:
        print(k, risky(k))
    except ZeroDivisionError:
        print(k, "ZeroDivisionError")
    except (IndexError, KeyError) as e:
        print(k, "lookup", type(e).__name__)
    except ValueError as e:
        print(k, "ValueError")
    except Exception as e:
        print(k, "Exception", type(e).__name__)
try:
    raise KeyError("k")
except LookupError as e:
    print("caught via base", type(e).__name__)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
except TypeError:
    print("outer caught TypeError")
try:
    1 / 0
except:
    print("bare except")
