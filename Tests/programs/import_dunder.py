# __import__(name, globals=None, locals=None, fromlist=(), level=0): the
# top package of a dotted name, the module itself with a non-empty
# fromlist (its named submodules imported), sys.modules shared with
# `import`, and the errors. The modules are linked ahead of time: the ones
# only named in strings here are imported for real once, below.
import sys

if sys.platform == "never":
    import mpkg.sub.deep
    import mod_helper_math

m = __import__("mod_helper_math")
print(m.__name__, m.square(4), m is sys.modules["mod_helper_math"])
print(__import__("sys") is sys)
top = __import__("mpkg.sub.deep")
print(top.__name__, top.sub.deep.__name__)
deep = __import__("mpkg.sub.deep", None, None, ["describe"])
print(deep.__name__, deep is top.sub.deep)
print(__import__("mpkg.sub", globals(), locals(), ("deep",), 0).__name__)
print(__import__("mpkg", fromlist=["util", "core"]).util.__name__)
print(__import__("mpkg.sub", fromlist=()).__name__)
print(__import__(name="struct").calcsize("b"))
print(__import__("mpkg.sub", None, None, None).__name__)


def attempt(*args, **kw):
    try:
        print(__import__(*args, **kw).__name__)
    except ImportError:  # CPython's is ModuleNotFoundError, a subclass
        print("ImportError")
    except Exception as e:
        print(type(e).__name__)


attempt("no_such_module_here")
attempt("mpkg.no_such_sub")
attempt("")
attempt(5)
attempt("sys", level=-1)
attempt("mpkg", {}, {}, [1])
attempt()
attempt("sys", bogus=1)
attempt("sys", None, None, (), 0, 1)
