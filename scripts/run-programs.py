#!/usr/bin/env python3
"""Program tests: each Tests/programs/**/*.py runs under CPython 3 (with
Tests/cpython-shims on PYTHONPATH) and under `mpy-native run`; stdout must be
identical, and so must the exit status and, for an uncaught exception, the
exception type on the last line of stderr (the output contract).

Where mpy-native differs from CPython on purpose, NAME.exp beside the test
holds the expected stdout; its first line is `# reason: ...` (not compared).
Where one target is the reason (32-bit words on the ARM boards), the file is
NAME.ARCH.exp (e.g. NAME.armv7m.exp), used for that --arch only.

Programs the compiler or runtime cannot run yet are listed in
Tests/programs/xfail.txt (`name.py  # what is missing`); they must still
fail (an unexpected pass is an error, so the list only shrinks).
`--update-xfail` rewrites that list from the current failures.

A program whose first line is `# gc-stress: skip: reason` is not run with
`--gc-stress` (deep structures cost a collection per allocation there,
quadratic time); it runs in every other mode.

`--arch armv7m` / `--arch armv7emsp` runs every program as firmware on its
QEMU board (`mpy-native run --arch ...`).

Usage: scripts/run-programs.py [--binary PATH] [--arch ARCH] [--gc-stress] [--heap BYTES] [--emit MODE] [--opt LEVEL] [--jobs N] [--update-xfail] [FILES...]
Ends with `programs: N passed, M failed`.
"""
import argparse, concurrent.futures, glob, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def last_exception(stderr):
    lines = [l for l in stderr.strip().splitlines() if l.strip()]
    if not lines:
        return None
    return lines[-1].split(":")[0].strip()

def cpython(path):
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "Tests", "cpython-shims"), PYTHONHASHSEED="0")
    p = subprocess.run([sys.executable, os.path.basename(path)], cwd=os.path.dirname(path),
                       capture_output=True, text=True, env=env, timeout=60)
    return p.stdout, p.returncode, last_exception(p.stderr) if p.returncode else None

def ours(binary, path, extra_env, flags):
    env = dict(os.environ, **extra_env)
    try:
        p = subprocess.run([binary, "run"] + flags + [os.path.basename(path)], cwd=os.path.dirname(path),
                           capture_output=True, text=True, env=env, timeout=120)
    except subprocess.TimeoutExpired:
        return "", -1, "timeout", ""
    return p.stdout, p.returncode, last_exception(p.stderr) if p.returncode else None, p.stderr

def expected_file(path, arch):
    for candidate in (f"{path[:-3]}.{arch}.exp", path[:-3] + ".exp"):
        if os.path.exists(candidate):
            return candidate
    return None

def skips_gc_stress(path):
    with open(path) as f:
        return f.readline().startswith("# gc-stress: skip")

def check(binary, path, extra_env, flags, arch):
    exp_path = expected_file(path, arch)
    if exp_path:
        with open(exp_path) as f:
            lines = f.read().split("\n", 1)
        want_out, want_rc, want_exc = (lines[1] if len(lines) > 1 else ""), 0, None
    else:
        want_out, want_rc, want_exc = cpython(path)
    got_out, got_rc, got_exc, got_err = ours(binary, path, extra_env, flags)
    problems = []
    # A one-line summary for xfail.txt: the error, or the first differing line.
    summary = ""
    err_lines = [l for l in got_err.strip().splitlines() if l.strip()]
    if got_rc != want_rc and err_lines:
        summary = err_lines[-1].strip()
    elif got_out != want_out:
        w, g = want_out.splitlines(), got_out.splitlines()
        for i in range(max(len(w), len(g))):
            a = w[i] if i < len(w) else "<end>"
            b = g[i] if i < len(g) else "<end>"
            if a != b:
                summary = f"output line {i + 1}: expected {a[:40]!r}, got {b[:40]!r}"
                break
    if got_out != want_out:
        problems.append("stdout differs:\n--- expected\n" + want_out[-1500:] + "\n--- got\n" + got_out[-1500:])
    if got_rc != want_rc:
        problems.append(f"exit status {got_rc}, expected {want_rc}\n{got_err[-800:]}")
    elif want_exc != got_exc:
        problems.append(f"exception {got_exc}, expected {want_exc}\n{got_err[-800:]}")
    if problems and not summary:
        summary = problems[0].splitlines()[0]
    return path, problems, summary

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "mpy-native"))
    ap.add_argument("--arch", default="x64", help="x64 (the host), armv7m or armv7emsp (QEMU boards)")
    ap.add_argument("--gc-stress", action="store_true")
    ap.add_argument("--heap", default=None, help="heap bytes of each program (mpy-native run --heap)")
    ap.add_argument("--emit", default="bytecode", help="code mode of every module: bytecode, native")
    ap.add_argument("--opt", default=None, help="LLVM level for native code: O0, O1, O2, O3, Os")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--update-xfail", action="store_true")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    # Files inside a package (a folder with __init__.py) are imported by
    # programs, not run on their own.
    files = args.files or sorted(f for f in glob.glob(os.path.join(ROOT, "Tests", "programs", "**", "*.py"), recursive=True)
                                 if not os.path.exists(os.path.join(os.path.dirname(f), "__init__.py")))
    files = [os.path.abspath(f) for f in files]
    skipped = 0
    if args.gc_stress:
        kept = [f for f in files if not skips_gc_stress(f)]
        skipped = len(files) - len(kept)
        files = kept
    extra = {"MPY_GC_STRESS": "1"} if args.gc_stress else {}
    binary = os.path.abspath(args.binary)
    xfail_path = os.path.join(ROOT, "Tests", "programs", "xfail.txt")
    xfail = {}
    if os.path.exists(xfail_path):
        for line in open(xfail_path):
            name, _, reason = line.partition("#")
            if name.strip():
                xfail[name.strip()] = reason.strip()
    failed, expected, now_failing = 0, 0, {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        flags = ["--emit", args.emit] + (["--opt-level", args.opt] if args.opt else [])
        if args.heap:
            flags += ["--heap", args.heap]
        if args.arch != "x64":
            flags += ["--arch", args.arch]
        for path, problems, summary in pool.map(lambda f: check(binary, f, extra, flags, args.arch), files):
            rel = os.path.relpath(path, os.path.join(ROOT, "Tests", "programs"))
            if problems:
                now_failing[rel] = summary[:140]
            if rel in xfail and not args.update_xfail:
                if problems:
                    expected += 1
                else:
                    failed += 1
                    print(f"XPASS {rel}: passes now; remove it from Tests/programs/xfail.txt")
                continue
            if problems:
                failed += 1
                print(f"FAIL {os.path.relpath(path, ROOT)}")
                for p in problems:
                    print("    " + p.replace("\n", "\n    "))
    if args.update_xfail:
        with open(xfail_path, "w") as f:
            f.write("# Programs mpy-native cannot run yet (scripts/run-programs.py --update-xfail).\n")
            for name in sorted(now_failing):
                f.write(f"{name}  # {now_failing[name]}\n")
        print(f"wrote {len(now_failing)} entries to {xfail_path}")
        return 0
    mode = "" if args.arch == "x64" else f" ({args.arch})"
    mode += "" if args.emit == "bytecode" else f" ({args.emit}{', ' + args.opt if args.opt else ''})"
    mode += " (GC stress)" if args.gc_stress else ""
    print(f"expected failures (xfail.txt): {expected}")
    print(f"programs{mode}: {len(files) - failed - expected} passed, {failed} failed"
          + (f" ({skipped} skipped in GC stress mode)" if skipped else ""))
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
