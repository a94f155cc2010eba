# Explicit and implicit globals, walrus in comprehensions, imports.
import os.path as p, sys
from . import sibling
counter = 0


def bump():
    global counter
    counter += 1
    return [last := v for v in range(3)], last


async def job(q):
    async for item in q:
        await item
# RUN: %mpy-native --dump scopes %s | FileCheck --strict-whitespace --match-full-lines %s
