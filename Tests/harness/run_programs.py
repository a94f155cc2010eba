#!/usr/bin/env python3
"""The program corpus: each Tests/programs/**/*.py runs under CPython 3 and
under `mpy-native run`, judged by the output contract (contract.py: stdout,
exit status, exception type; expected files where we differ on purpose).

Programs the compiler or runtime cannot run yet are listed in
Tests/programs/xfail.txt (`name.py  # what is missing`); they must still
fail (an unexpected pass is an error, so the list only shrinks).
`--update-xfail` rewrites that list from the current failures.

`--arch armv7m` / `--arch armv7emsp` runs every program as firmware on its
QEMU board (`mpy-native run --arch ...`); `--gc-stress` collects at every
allocation (MPY_GC_STRESS=1).

Usage: Tests/harness/run_programs.py [--binary PATH] [--arch ARCH] [--gc-stress] [--heap BYTES]
                                     [--emit MODE] [--opt LEVEL] [--jobs N] [--update-xfail] [FILES...]
Ends with `programs: N passed, M failed`.
"""
import argparse
import concurrent.futures
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import contract  # noqa: E402

CPYTHON_TIMEOUT, OUR_TIMEOUT = 60, 120
# A collection at every allocation makes the deepest programs (recursion to
# the stack limit) several times slower: GC-stress runs get a longer limit.
GC_STRESS_TIMEOUT = 300


def skips_gc_stress(path):
    """A program whose first line is `# gc-stress: skip: reason` is left out
    of GC-stress runs only: building a structure 100,000 deep costs a
    collection per allocation there, quadratic time."""
    with open(path) as f:
        return f.readline().startswith("# gc-stress: skip")


def check(binary, path, env, flags, arch, emit):
    want = contract.expected(path, arch, emit, CPYTHON_TIMEOUT)
    timeout = GC_STRESS_TIMEOUT if "MPY_GC_STRESS" in env else OUR_TIMEOUT
    got = contract.run_ours(binary, path, flags, timeout, env)
    found = contract.problems(want, got)
    return path, found, contract.summary(want, got) if found else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=contract.DEFAULT_BINARY)
    ap.add_argument("--arch", default="x64", help="x64 (the host), armv7m or armv7emsp (QEMU boards)")
    ap.add_argument("--gc-stress", action="store_true")
    ap.add_argument("--heap", default=None, help="heap bytes of each program (mpy-native run --heap)")
    ap.add_argument("--emit", default="bytecode", help="code mode of every module: bytecode, native")
    ap.add_argument("--opt", default=None, help="LLVM level for native code: O0, O1, O2, O3, Os")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--update-xfail", action="store_true")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = [os.path.abspath(f) for f in args.files] or contract.corpus_files()
    skipped = 0
    if args.gc_stress:
        kept = [f for f in files if not skips_gc_stress(f)]
        skipped, files = len(files) - len(kept), kept
    env = {"MPY_GC_STRESS": "1"} if args.gc_stress else {}
    binary = os.path.abspath(args.binary)
    xfail_path = os.path.join(contract.PROGRAMS, "xfail.txt")
    xfail = contract.load_xfail(xfail_path)
    flags = ["--emit", args.emit] + (["--opt-level", args.opt] if args.opt else [])
    if args.heap:
        flags += ["--heap", args.heap]
    if args.arch != "x64":
        flags += ["--arch", args.arch]
    mode = "" if args.arch == "x64" else f" ({args.arch})"
    mode += "" if args.emit == "bytecode" else f" ({args.emit}{', ' + args.opt if args.opt else ''})"
    mode += " (GC stress)" if args.gc_stress else ""
    report = contract.Report(f"programs{mode}")
    expected_failures, now_failing = 0, {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        results = pool.map(lambda f: check(binary, f, env, flags, args.arch, args.emit), files)
        for path, found, summary in results:
            rel = os.path.relpath(path, contract.PROGRAMS)
            if found:
                now_failing[rel] = summary[:140]
            if rel in xfail and not args.update_xfail:
                if found:
                    expected_failures += 1
                else:
                    report.fail(f"{rel}: passes now (XPASS); remove it from Tests/programs/xfail.txt")
                continue
            if found:
                report.fail(os.path.relpath(path, contract.ROOT), found)
            else:
                report.ok()
    if args.update_xfail:
        with open(xfail_path, "w") as f:
            f.write("# Programs mpy-native cannot run yet (Tests/harness/run_programs.py --update-xfail).\n")
            for name in sorted(now_failing):
                f.write(f"{name}  # {now_failing[name]}\n")
        print(f"wrote {len(now_failing)} entries to {xfail_path}")
        return 0
    print(f"expected failures (xfail.txt): {expected_failures}")
    return report.finish(skipped)


if __name__ == "__main__":
    sys.exit(main())
