#!/usr/bin/env python3
"""Front-end speed benchmark: lines per second of mpy-native's lex + parse +
scope analysis (release build) against CPython's ast.parse, over the same
standard-library files (those both accept), measured in the same run.
Prints a table and the ratio. Usage: Benchmarks/harness/bench-frontend.py [--repeat N]"""
import argparse, ast, os, subprocess, sys, tempfile, time, warnings

# The corpus is the front-end oracle tests' (Tests/oracle/pycorpus.py).
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "oracle"))
from pycorpus import stdlib_files  # noqa: E402

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--bench", default=".build/release/frontend-bench")
    args = ap.parse_args()
    files = stdlib_files()
    warnings.simplefilter("ignore")
    sources = {}
    for f in files:
        with open(f, "rb") as fh:
            data = fh.read()
        try:
            ast.parse(data, f)
            sources[f] = data
        except (SyntaxError, ValueError):
            pass
    # Keep the files our front end accepts too, so both parse the same set.
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as lst:
        lst.write("\n".join(sources) + "\n")
    check = subprocess.run([".build/release/mpy-native", "check", "--syntax-only", "--summary", "--files-from", lst.name],
                           capture_output=True, text=True)
    ok = [l[3:] for l in check.stdout.splitlines() if l.startswith("OK ")]
    with open(lst.name, "w") as fh:
        fh.write("\n".join(ok) + "\n")
    lines = sum(sources[f].count(b"\n") + 1 for f in ok)
    # CPython: ast.parse of the in-memory sources, median of N runs.
    cp = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for f in ok:
            ast.parse(sources[f], f)
        cp.append(time.perf_counter() - t0)
    cp.sort()
    cp_med = cp[len(cp) // 2]
    out = subprocess.run([args.bench, "--files-from", lst.name, "--repeat", str(args.repeat)],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(lst.name)
    fields = dict(kv.split("=") for kv in out.split())
    ours = float(fields["median_s"])
    print(f"front-end throughput over {len(ok)} standard-library files, {lines} lines (median of {args.repeat})")
    print(f"| front end | seconds | lines/s |")
    print(f"|---|---:|---:|")
    print(f"| CPython {sys.version.split()[0]} ast.parse | {cp_med:.3f} | {lines / cp_med:,.0f} |")
    print(f"| mpy-native lex+parse+scopes | {ours:.3f} | {lines / ours:,.0f} |")
    print(f"ratio: mpy-native is {cp_med / ours:.2f}x CPython's rate")

if __name__ == "__main__":
    sys.exit(main())
