print("init", __name__)
from .. import util
from ..core import VERSION as V
