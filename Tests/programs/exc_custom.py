# Custom exception hierarchies with extra attributes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: " + key)
        self.key = key
class Invalid(AppError):
    def __init__(self, field, value):
        Exception.__init__(self, field, value)
        self.field = field
def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    if d[k] is None:
        raise Invalid(k, None)
    return d[k]
data = {"a": 1, "b": None}
for k in ["a", "b", "c"]:
    try:
        print(lookup(data, k))
    except NotFound as e:
        print("NotFound", e.key, e.args, str(e))
    except AppError as e:
        print(type(e).__name__, e.field, e.args)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), isinstance(Invalid("x", 1), AppError))
class WithStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(str(e), e.args)
