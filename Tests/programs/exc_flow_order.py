# Complex control flow through nested try/except/else/finally with return/break/continue
def trace(kind):
    out = []
    for i in range(3):
        try:
            out.append("t%d" % i)
            try:
                if kind == i:
                    raise ValueError(i)
                if kind + 10 == i:
                    continue
            except ValueError:
                out.append("e%d" % i)
                if i == 1:
                    break
            else:
                out.append("else%d" % i)
            finally:
                out.append("f%d" % i)
        finally:
            out.append("F%d" % i)
    else:
        out.append("loop-else")
    return out
for k in [-1, 0, 1, 2, 10, 11]:
    print(k, trace(k))
def ret_order():
    seq = []
    try:
        try:
            seq.append("inner")
            return seq
        finally:
            seq.append("inner-finally")
    finally:
        seq.append("outer-finally")
print(ret_order())
