print("init", __name__)
from . import V
from .. import core as c2

def describe():
    from .. import util
    return util.version_text() + " " + str(V)

def climb():
    try:
        from ... import nothing
    except ImportError as e:
        return type(e).__name__
    return "imported?"

def same_core():
    from ..core import greet
    return greet is c2.greet
