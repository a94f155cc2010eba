"""The shared corpus of the front-end oracle tests (stdlib-corpus.py,
ast-compare.py) and Benchmarks/harness/bench-frontend.py: every .py file of the
standard library of the python3 running the script, without site-packages,
in a stable order."""
import os
import sysconfig


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for d, dirs, fs in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != "site-packages")
        files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".py")]
    return files
