# `check` accepts coroutine code in bytecode and native mode, and reports
# the async constructs MicroPython refuses as `run` does.
# RUN: %mpy-native check %S/../../programs/async_basic.py
# RUN: %mpy-native check --emit native %S/../../programs/async_for_with.py
# RUN: rm -rf %t && mkdir -p %t
# RUN: printf 'async def f(y):\n    return [x async for x in y]\n' > %t/comp.py
# RUN: not %mpy-native check %t/comp.py 2>&1 | FileCheck %s
# RUN: not %mpy-native run %t/comp.py 2>&1 | FileCheck %s
# CHECK: comp.py:2:12: error: asynchronous comprehensions are not supported by MicroPython
