#!/usr/bin/env python3
"""Differential testing: random Python programs under CPython 3, mpy-native
bytecode and mpy-native native code (at each LLVM level asked for).

The generator (generator.py, with its expressions and chunks) builds each
program from 2-4 random *chunks* (int boundary arithmetic around
2**30/2**62/2**63 and beyond, loops that carry ints across the small-int
limit, floats with + - * / // % and round(), strings, string formatting and
f-strings, lists, dicts, tuples, loops with break/continue/else, functions
with defaults/keywords/*args/**kwargs, closures and nonlocal, classes with
inheritance, super() and properties, exceptions, generators,
comprehensions, random nests of if/for/while/try over int locals, augmented
subscript/attribute assignment, star unpacking, walrus, global). A chunk
runs at module level or inside a function and prints `== chunk N kind` and
then many labelled values, so a mismatch points at a line. Risky
expressions are guarded by try/except that prints only the exception type
name. Nothing depends on set order, id(), hash(), time or exception message
texts, nor on what MicroPython lacks (range bounds beyond 64 bits,
generator finalization when dropped). Some programs end with an uncaught
exception or sys.exit(n) on purpose. A program CPython rejects is a
generator bug and is reported as INVALID, not as a mismatch.

Program I of seed S is always the same text (its generator is seeded with
"S:I"). This driver judges every mode's run of each program by the output
contract (Tests/harness/contract.py) against CPython's. A mismatch is
re-run once (a pass the second time is reported as FLAKY), then saved to
DIR/S_I/ (prog.py, the outputs of every run) and shrunk (shrink.py) while
the same mismatch persists: DIR/S_I/min.py.

Usage:
  Tests/difftest/run.py [--count N] [--seed S] [--jobs J] [--modes bytecode,native]
                        [--opt-levels O0,O2] [--save DIR] [--binary PATH] [--no-shrink]
  Tests/difftest/run.py --seed S --print I      # print program I of seed S
  Tests/difftest/run.py --shrink FILE --modes native --opt-levels O0   # shrink a file
To reproduce a failure: run DIR/S_I/min.py (or prog.py) with
`mpy-native run --emit native -O0 FILE` and with python3, or
`Tests/difftest/run.py --seed S --start I --count 1`.
Ends with `difftest: N passed, M failed`; exit status 1 if anything failed.
MPY_NATIVE_CACHE is passed through to mpy-native.
"""
import argparse
import concurrent.futures
import functools
import os
import shutil
import sys
import tempfile
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from difftest.generator import generate  # noqa: E402
from difftest.shrink import shrink  # noqa: E402
from harness import contract  # noqa: E402

CPYTHON_TIMEOUT, OUR_TIMEOUT = 10, 60
print = functools.partial(print, flush=True)


def mode_flags(mode):
    if mode == "bytecode":
        return ["--emit", "bytecode"]
    emit, _, opt = mode.partition("-")
    return ["--emit", emit] + (["--opt-level", opt] if opt else [])


def run_cpython(path):
    return contract.run_cpython(path, CPYTHON_TIMEOUT)


def run_mode(binary, mode, path):
    return contract.run_ours(binary, path, mode_flags(mode), OUR_TIMEOUT)


def describe(want, got):
    if got.status != want.status or got.exception != want.exception:
        tail = [line for line in got.stderr.strip().splitlines() if line.strip()][-1:] or [""]
        return (f"exit {got.status} ({got.exception}), expected {want.status} ({want.exception}): {tail[0][:120]}; "
                f"stdout {contract.first_diff(want.stdout, got.stdout, 70)}")
    return "stdout " + contract.first_diff(want.stdout, got.stdout, 70)


def make_keep(binary, mode, want_sig, want_cpython_status, workdir):
    path = os.path.join(workdir, "cand.py")

    def keep(src):
        with open(path, "w") as f:
            f.write(src)
        want = run_cpython(path)
        if (want.status, want.exception) != want_cpython_status:
            return False
        return contract.mismatch(want, run_mode(binary, mode, path)) == want_sig
    return keep


def save_failure(save, name, src, want, results):
    d = os.path.join(save, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "prog.py"), "w") as f:
        f.write(src)
    for mode, res in [("cpython", want)] + list(results.items()):
        with open(os.path.join(d, mode + ".out"), "w") as f:
            f.write(f"# {res.status_line()}\n{res.text}\n# stderr\n{res.stderr}")
    return d


def check_program(binary, modes, seed, index, src, workdir):
    d = os.path.join(workdir, f"p{index}")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, f"prog_{seed}_{index}.py")
    with open(path, "w") as f:
        f.write(src)
    want = run_cpython(path)
    results, failing, flaky = {}, {}, []
    planned = src.startswith("# difftest program (ends early)")
    invalid = None
    if want.exception == "timeout":
        invalid = "CPython timed out"
    elif want.status != 0 and not planned:
        invalid = f"CPython exit {want.status}: {want.stderr.strip().splitlines()[-1] if want.stderr.strip() else ''}"
    if invalid:
        return index, src, want, results, failing, flaky, invalid
    for mode in modes:
        got = run_mode(binary, mode, path)
        results[mode] = got
        if contract.mismatch(want, got):
            if contract.mismatch(want, run_mode(binary, mode, path)) is None:
                flaky.append(mode)
                continue
            failing[mode] = describe(want, got)
    shutil.rmtree(d, ignore_errors=True)
    return index, src, want, results, failing, flaky, None


def shrink_file(binary, modes, file, workdir):
    src = open(file).read()
    p = os.path.join(workdir, "orig.py")
    open(p, "w").write(src)
    want = run_cpython(p)
    for mode in modes:
        sig = contract.mismatch(want, run_mode(binary, mode, p))
        if sig:
            print(f"{mode}: {sig}; shrinking")
            print(shrink(src, make_keep(binary, mode, sig, (want.status, want.exception), workdir), print), end="")
            return 1
    print("no mismatch")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--start", type=int, default=0, help="index of the first program")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--modes", default="bytecode,native")
    ap.add_argument("--opt-levels", default="O0,O2", help="LLVM levels for native modes")
    ap.add_argument("--save", default="/tmp/difftest-failures")
    ap.add_argument("--binary", default=contract.DEFAULT_BINARY)
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--print", type=int, metavar="I", help="print program I of --seed and exit")
    ap.add_argument("--shrink", metavar="FILE", help="shrink FILE against the first mode that fails")
    args = ap.parse_args()
    if args.print is not None:
        sys.stdout.write(generate(args.seed, args.print))
        return 0
    binary = os.path.abspath(args.binary)
    modes = []
    for m in args.modes.split(","):
        if m == "bytecode":
            modes.append(m)
        else:
            modes += [f"{m}-{o}" for o in args.opt_levels.split(",")]
    workdir = tempfile.mkdtemp(prefix="difftest-")
    if args.shrink:
        return shrink_file(binary, modes, args.shrink, workdir)
    t0 = time.time()
    report = contract.Report("difftest")
    invalid, flaky_count = 0, 0
    failures = []
    indices = range(args.start, args.start + args.count)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futs = [pool.submit(check_program, binary, modes, args.seed, i, generate(args.seed, i), workdir) for i in indices]
        for fut in futs:
            index, src, want, results, failing, flaky, bad = fut.result()
            name = f"{args.seed}_{index}"
            for mode in flaky:
                flaky_count += 1
                print(f"FLAKY {name} {mode}: failed once, passed on a re-run")
            if bad:
                invalid += 1
                d = save_failure(args.save, "invalid_" + name, src, want, results)
                report.fail(f"{name}: INVALID: {bad} (generator bug; saved in {d})")
            elif failing:
                d = save_failure(args.save, name, src, want, results)
                report.fail(f"{name} (saved in {d})", [f"{mode}: {why}" for mode, why in failing.items()])
                failures.append((name, src, want, failing, d))
            else:
                report.ok()
    if not args.no_shrink:
        for name, src, want, failing, d in failures:
            mode = next(iter(failing))
            sig = contract.mismatch(want, run_mode(binary, mode, os.path.join(d, "prog.py")))
            if not sig:
                continue
            small = shrink(src, make_keep(binary, mode, sig, (want.status, want.exception), workdir))
            mp = os.path.join(d, "min.py")
            with open(mp, "w") as f:
                f.write(small)
            w2 = run_cpython(mp)
            print(f"SHRUNK {name} ({mode}) to {len(small.splitlines())} lines: {mp}")
            for m in list(failing) + [x for x in modes if x not in failing]:
                g = run_mode(binary, m, mp)
                print(f"    {m}: {'ok' if not contract.mismatch(w2, g) else describe(w2, g)}")
    shutil.rmtree(workdir, ignore_errors=True)
    print(f"time: {time.time() - t0:.1f} s for {args.count} programs, modes {','.join(modes)}, {args.jobs} jobs")
    if invalid or flaky_count:
        print(f"invalid programs (generator bugs): {invalid}, flaky runs: {flaky_count}")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
