# Containers that hold themselves: repr prints CPython's [...] / {...} /
# ... placeholders (lists, dicts, deques, dict views, OrderedDict, subclasses),
# and == of two self-containing lists raises RecursionError, as CPython.
import collections
l = []; l.append(l); print(l)
d = {}; d[1] = d; print(d)
m = [{}]; m[0]['x'] = m; print(m)
q = collections.deque(); q.append(q); print(q)
o = collections.OrderedDict(); o[1] = o; print(o)
dd = collections.defaultdict(list); dd[1] = dd; print(dd)
v = {}; v[1] = v.values(); print(v)
k = {}; k[1] = [k.items()]; print(k)
class L(list): pass
x = L(); x.append(x); print(x)
class D(dict): pass
y = D(); y['me'] = y; print(y)
print(str(l), repr(d), '%r %s' % (l, d), '{} {!r}'.format(l, d), f'{l}')
t = (l, d); print(t)
a = [1, [2]]; a[1].append(a); a.append(a[1]); print(a)
a = []; a.append(a); b = []; b.append(b)
print(a == a, a != a)
for f in (lambda: a == b, lambda: a != b, lambda: a < b, lambda: d == {1: {1: {}}}):
    try: print(f())
    except RecursionError: print("RecursionError")
print(l)


class Bad:
    def __repr__(self):
        raise ValueError("no repr")


try:
    print("before", [1, Bad()])  # print writes nothing of a failed item
except ValueError:
    print("ValueError")
