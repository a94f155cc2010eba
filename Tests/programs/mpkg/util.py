print("init", __name__)
from . import core
from .core import greet as g

def shout(who):
    return g(who).upper() + "!"

def version_text():
    return ".".join(str(p) for p in core.VERSION)
