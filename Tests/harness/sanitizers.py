#!/usr/bin/env python3
"""The program corpus against a runtime built with AddressSanitizer and
UndefinedBehaviorSanitizer.

clang-19 here ships no sanitizer runtimes, so the runtime (Sources/MPYRuntime,
Targets/x64 and littlefs when installed) is compiled with gcc. Each program's modules are
compiled with `mpy-native build FILE.py --objects DIR` (module images and
the module table, not linked), then linked here with gcc
-fsanitize=address,undefined.

Every program of Tests/programs not listed in Tests/programs/xfail.txt runs
once; it passes when it meets the output contract (contract.py) and stderr
holds no sanitizer report.

Usage: Tests/harness/sanitizers.py [-j JOBS] [FILES...]
Environment: MPY_NATIVE (compiler, default .build/debug/mpy-native),
             SAN_CC (default gcc), SAN_KEEP=1 keeps the work directory.
Ends with `sanitizers: N passed, M failed`.
"""
import argparse
import concurrent.futures
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import contract  # noqa: E402

ROOT = contract.ROOT
SANFLAGS = ["-fsanitize=address,undefined", "-fno-sanitize-recover=undefined", "-fno-omit-frame-pointer"]
CFLAGS = ["-std=c11", "-O1", "-g", *SANFLAGS, "-fno-strict-aliasing",
          "-I", os.path.join(ROOT, "Sources", "MPYRuntime", "include"),
          "-I", os.path.join(ROOT, "Sources", "CMPYFormat", "include")]
SANITIZER_REPORT = re.compile(r"ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer|UndefinedBehaviorSanitizer")
RUN_ENV = {"ASAN_OPTIONS": "detect_stack_use_after_return=0:detect_leaks=0:abort_on_error=0",
           "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1"}
CPYTHON_TIMEOUT, OUR_TIMEOUT = 120, 300


def build_runtime(cc, work, jobs):
    """The runtime once, as WORK/libmpyrt-san.a; None when it does not compile."""
    os.makedirs(os.path.join(work, "rt"), exist_ok=True)
    srcs = sorted(glob.glob(os.path.join(ROOT, "Sources", "MPYRuntime", "*.c"))) + sorted(glob.glob(os.path.join(ROOT, "Targets", "x64", "*.c")))
    # littlefs, where scripts/bootstrap.sh installed it (as the driver).
    lfs = os.environ.get("MPY_LITTLEFS_DIR", "/usr/local/share/mpy-native/littlefs")
    if os.path.exists(os.path.join(lfs, "lfs.c")):
        srcs.append(os.path.join(lfs, "lfs.c"))
        CFLAGS.extend(["-DMPY_HAVE_LITTLEFS", "-DLFS_CONFIG=mpy/lfs_config.h", "-I", lfs])

    def compile_one(src):
        obj = os.path.join(work, "rt", os.path.basename(src)[:-2] + ".o")
        return subprocess.run([cc, *CFLAGS, "-c", src, "-o", obj], capture_output=True, text=True), obj

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(compile_one, srcs))
    for p, _ in results:
        if p.returncode != 0:
            print(p.stderr[-3000:])
            return None
    lib = os.path.join(work, "libmpyrt-san.a")
    subprocess.run(["ar", "rcs", lib] + [obj for _, obj in results], check=True)
    return lib


def run_one(mpy, cc, lib, work, path):
    name = os.path.basename(path)[:-3]
    d = os.path.join(work, "p", name)
    os.makedirs(d, exist_ok=True)
    # The compiler writes the program's module images and module table.
    r = subprocess.run([mpy, "build", path, "--objects", os.path.join(d, "obj")], capture_output=True, text=True)
    if r.returncode != 0:
        return path, [f"compile failed:\n{r.stderr[-800:]}"]
    exe = os.path.join(d, name)
    r = subprocess.run([cc, *CFLAGS, *r.stdout.split(), lib, "-lm", "-o", exe], capture_output=True, text=True)
    if r.returncode != 0:
        return path, ["link failed:\n" + r.stderr[-1500:]]
    got = contract.run([exe], os.path.dirname(path), OUR_TIMEOUT, RUN_ENV, contract.stdin_of(path))
    found = []
    if SANITIZER_REPORT.search(got.stderr):
        found.append("sanitizer report:\n" + got.stderr[-4000:])
    found += contract.problems(contract.expected(path, timeout=CPYTHON_TIMEOUT), got, tail=800)
    return path, found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-j", dest="jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    mpy = os.environ.get("MPY_NATIVE", contract.DEFAULT_BINARY)
    cc = os.environ.get("SAN_CC", "gcc")
    xfail = contract.load_xfail()
    files = [os.path.abspath(f) for f in args.files] or [
        f for f in contract.corpus_files() if os.path.relpath(f, contract.PROGRAMS) not in xfail]
    work = tempfile.mkdtemp(prefix="mpy-sanitizers.")
    keep = os.environ.get("SAN_KEEP") == "1"
    if keep:
        print(f"work directory: {work}")
    report = contract.Report("sanitizers")
    try:
        lib = build_runtime(cc, work, args.jobs)
        if lib is None:
            report.fail("the runtime does not compile with the sanitizers")
            return report.finish()
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for path, found in pool.map(lambda f: run_one(mpy, cc, lib, work, f), files):
                rel = os.path.relpath(path, ROOT) if path.startswith(ROOT + os.sep) else path
                if found:
                    report.fail(rel, found)
                else:
                    report.ok()
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
