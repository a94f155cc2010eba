# **kwargs preserve keyword order; dict(**kw) and forwarding keep it
def collect(**kw):
    return list(kw.items())
print(collect(z=1, a=2, m=3))
print(collect(**{"b": 1, "a": 2}, c=3))
def forward(**kw):
    return collect(**kw)
print(forward(y=0, x=1))
def tag(name, **attrs):
    parts = [name]
    for k, v in attrs.items():
        parts.append('%s="%s"' % (k, v))
    return "<" + " ".join(parts) + ">"
print(tag("a", href="/x", cls="link", id=3))
print(tag("br"))
def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({"a": 1}, {"b": 2, "a": 3}, c=4, a=5))
print(dict(b=1, a=2), dict({"x": 1}, y=2, x=3))
