# finally with return/break/continue and exception swallowing
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 5:
                return n
        finally:
            if n == 3:
                print("at three")
print(counter())
def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            return out
        finally:
            out.append(2)
    finally:
        out.append(3)
r = nested_finally()
print(r)
def gen_cleanup():
    try:
        x = 10
        return x
    finally:
        x = 20
print(gen_cleanup())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally", i)
