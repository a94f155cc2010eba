"""The differential tester: a generator of random valid Python programs
(generator.py, exprs.py, chunks_data.py, chunks_code.py), a shrinker of
failing programs (shrink.py) and the driver that runs them under CPython
and mpy-native and compares by the output contract (run.py)."""
