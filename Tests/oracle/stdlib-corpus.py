#!/usr/bin/env python3
"""Parses CPython's standard library (this python3's, without site-packages)
with mpy-native's front end and with CPython's own ast.parse, and compares.

Every file must either parse with both, be rejected by both, or be rejected
by us with an error naming syntax MicroPython does not support. Anything
else (or a crash of the front end) is a failure: exit status 1.
"""
import argparse, ast, os, subprocess, sys, tempfile, warnings

from pycorpus import stdlib_files

# Errors that name syntax or source MicroPython does not support.
UNSUPPORTED = (
    "'match' statements are not supported by MicroPython",
    "'except*' (exception groups) is not supported by MicroPython",
    "lone surrogate escape is not supported",
    "is not supported: MicroPython source must be UTF-8",
    "t-strings (template strings) are not supported",
)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=".build/debug/mpy-native")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    files = stdlib_files()
    cpython_ok = {}
    warnings.simplefilter("ignore")
    for f in files:
        try:
            with open(f, "rb") as fh:
                ast.parse(fh.read(), f)
            cpython_ok[f] = None
        except (SyntaxError, ValueError) as e:
            cpython_ok[f] = f"{type(e).__name__}: {e}"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as lst:
        lst.write("\n".join(files) + "\n")
    proc = subprocess.run([args.binary, "check", "--syntax-only", "--summary", "--files-from", lst.name],
                          capture_output=True, text=True)
    os.unlink(lst.name)
    if proc.returncode not in (0, 1) or not proc.stdout.rstrip().endswith("failed"):
        print(f"front end crashed (status {proc.returncode}):\n{proc.stderr[-2000:]}")
        return 1
    ours = {}
    for line in proc.stdout.splitlines():
        if line.startswith("OK "):
            ours[line[3:]] = None
        elif line.startswith("FAIL "):
            path, _, msg = line[5:].partition(": ")
            ours[path.rsplit(":", 2)[0]] = (path, msg)
    both_ok = both_reject = unsupported = 0
    problems = []
    by_reason = {}
    for f in files:
        c, o = cpython_ok[f], ours.get(f, "missing")
        if o == "missing":
            problems.append(f"{f}: no result from mpy-native")
        elif c is None and o is None:
            both_ok += 1
        elif c is not None and o is not None:
            both_reject += 1
        elif c is None:
            where, msg = o
            reason = next((u for u in UNSUPPORTED if u in msg), None)
            if reason:
                unsupported += 1
                by_reason[reason] = by_reason.get(reason, 0) + 1
                if args.verbose:
                    print(f"unsupported: {where}: {msg}")
            else:
                problems.append(f"{where}: error: {msg}   (CPython accepts this file)")
        else:
            # We accept a file CPython rejects: only its encoding checks are
            # stricter than ours (we read every ASCII file the same way).
            if "encoding" in c:
                both_ok += 1
            else:
                problems.append(f"{f}: accepted, but CPython rejects it: {c}")
    print(f"standard library corpus: {len(files)} files")
    print(f"  parsed by both:                      {both_ok}")
    print(f"  rejected by both (invalid Python):   {both_reject}")
    print(f"  rejected as unsupported by MicroPython: {unsupported}")
    for reason, n in sorted(by_reason.items(), key=lambda x: -x[1]):
        print(f"      {n:4d}  {reason}")
    for p in problems:
        print("  PROBLEM " + p)
    print(f"stdlib-corpus: {len(files) - len(problems)} passed, {len(problems)} failed")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
