# asyncio for mpy-native: MicroPython 1.29's API, written in Python and
# embedded in the compiler (see "Frozen modules" in docs/ARCHITECTURE.md).
# The scheduler is small and not a hot path, so Python keeps it short and
# the same on every target. Coroutines, awaitables and the package's own
# helpers are generators: `await x` delegates to iter(x) as `yield from`.

from .core import *
from .funcs import wait_for, wait_for_ms, gather
from .event import Event, ThreadSafeFlag
from .lock import Lock
from .stream import Stream, StreamReader, StreamWriter

__version__ = (3, 0, 0)
