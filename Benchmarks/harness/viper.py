#!/usr/bin/env python3
"""Viper kernels against C: the viper harness of mpy-native.

Why it exists: viper code is meant to run at the speed of C. Each kernel of
Benchmarks/viper (CRC-32, sieve, byte copy, integer hash, recursive fib,
float dot product, Mandelbrot) is a Python program holding the kernel twice,
as a `@micropython.viper` function and as the same function without the
decorator, beside the same algorithm in C (Benchmarks/viper/c/KERNEL.c).
This measures, per kernel, four modes:

  C         the C twin, clang-19 -O2 (on a board: freestanding, the runtime's
            CPU flags with -O2 instead of -Os, linked with the project's
            start-up code and linker script, Targets/arm-common)
  viper     the program built `--emit native -O2`, calling the viper function
  native    the same build, calling the undecorated copy
  bytecode  the program built `--emit bytecode`, calling the undecorated copy

and reports the cost of one repeat of the kernel in each mode, viper/C
(target: at most 1.25x), bytecode/viper and native/viper, and the geometric
means of the ratios.

Measuring the kernel, not the start-up:
  - on the host (--arch x64, the default) every program times its own repeat
    loop (time.perf_counter, or ticks_us in MicroPython; clock_gettime in C)
    and prints `work SECONDS` on stderr; the figure is the median of -n
    interleaved runs divided by the repeat count, in microseconds. C and
    viper run HOST_N[k][0] repeats, native and bytecode the smaller
    HOST_N[k][1] (they are 20-200x slower), so that no run takes long;
  - on a board (--arch armv7m or armv7emsp) the firmware runs under QEMU with
    the same command line as `mpy-native run --count-instructions` (TCG
    plugin Targets/qemu-plugin/insncount.c, built here with the driver's flags;
    `-icount shift=0`, so counts repeat exactly), once with BOARD_N repeats
    and once with 0; the figure is (count(N) - count(0)) / N instructions
    per repeat: start-up, initialisation and output cancel out.

Outputs: every mode's output at the check size (BOARD_N repeats, and 0 on a
board) must equal CPython's (CPython runs both variants with Tests/cpython-
shims on PYTHONPATH, and they must agree); on the host the timed runs at the
larger sizes must also agree between the modes that share a size (C and
viper; native and bytecode). A wrong output, crash, timeout or failed build
fails the kernel; the last line is `viper: N passed, M failed` (status 1 if
any failed).

Output: a Markdown table on stdout and VIPER-ARCH.json in --out (default
Benchmarks/results/, not in git). Progress goes to stderr.

--check (for scripts/test.sh) stops after the output check.

Usage: Benchmarks/harness/viper.py [--arch x64|armv7m|armv7emsp] [-n N]
           [--filter a,b] [--binary PATH] [--out DIR] [--check]
"""
import argparse, datetime, json, os, platform, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run as bench  # noqa: E402  (the bytecode/native harness: shared helpers)

ROOT = bench.ROOT
KERNEL_DIR = os.path.join(ROOT, "Benchmarks", "viper")
C_DIR = os.path.join(KERNEL_DIR, "c")
SHIMS = os.path.join(ROOT, "Tests", "cpython-shims")
CLANG = "/usr/lib/llvm-19/bin/clang"
LLD = "/usr/lib/llvm-19/bin/ld.lld"
QEMU = "/usr/bin/qemu-system-arm"

# kernel -> (repeats for C and viper, repeats for native and bytecode) on
# the host: some 0.2-0.5 s of work per run on the 2-core build machine.
HOST_N = {
    "crc32": (20000, 200),
    "sieve": (20000, 200),
    "copy": (200000, 2000),
    "hash": (30000, 300),
    "fib": (2000, 100),
    "dot": (20000, 2000),
    "mandelbrot": (5000, 30),
}
KERNELS = list(HOST_N)
# Repeats on a board (counted against a run with 0) and of the output check.
BOARD_N = 8

MODES = ["C", "viper", "native", "bytecode"]
# Python modes: (mpy-native build arguments, which copy of the kernel: sys.argv[2]).
PY_MODES = {
    "viper": (["--emit", "native", "-O2"], "viper"),
    "native": (["--emit", "native", "-O2"], "py"),
    "bytecode": (["--emit", "bytecode"], "py"),
}
TARGET = 1.25  # viper/C at most

ARCHS = {"x64": "host (x86-64)", **bench.BOARDS}


# ---- C builds ---------------------------------------------------------------

def c_flags(arch):
    """clang flags of the C twins: -O2 on the host; on a board the runtime's
    target, CPU and freestanding flags (Sources/mpy-native/Boards.swift) with
    -O2 in place of -Os. -ffp-contract=off keeps a*b+c two roundings, as
    Python computes it (none of the three targets has a fused multiply-add,
    so the code is the same)."""
    common = ["-std=c11", "-Wall", "-Wextra", "-ffp-contract=off", "-I", C_DIR]
    if arch == "x64":
        return common + ["-O2"]
    return common + board_cpu(arch) + ["-O2", "-ffreestanding", "-fno-common", "-ffunction-sections",
                                       "-fdata-sections", "-I", os.path.join(ROOT, "Targets", "arm-common")]


def board_cpu(arch):
    if arch == "armv7m":
        return ["--target=thumbv7m-none-eabi", "-mcpu=cortex-m3", "-mthumb"]
    return ["--target=thumbv7em-none-eabihf", "-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard",
            "-mfpu=fpv4-sp-d16"]


def libgcc(arch):
    cpu = [f for f in board_cpu(arch) if not f.startswith("--target")]
    p = subprocess.run(["arm-none-eabi-gcc", *cpu, "-print-libgcc-file-name"], capture_output=True, text=True)
    path = p.stdout.strip()
    if p.returncode != 0 or not os.path.exists(path):
        raise RuntimeError(f"no libgcc for {arch} (arm-none-eabi-gcc)")
    return path


def run_tool(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{os.path.basename(cmd[0])} failed: {(p.stderr or p.stdout).strip()[-400:]}")


def build_c(arch, kernel, work, support):
    """The C twin as a host executable or a board firmware; returns its path."""
    src = os.path.join(C_DIR, kernel + ".c")
    if arch == "x64":
        exe = os.path.join(work, kernel + ".c.exe")
        run_tool([CLANG, *c_flags(arch), src, os.path.join(C_DIR, "host.c"), "-o", exe])
        return exe
    obj = os.path.join(work, kernel + ".c.o")
    run_tool([CLANG, *c_flags(arch), "-g", "-c", src, "-o", obj])
    fw = os.path.join(work, kernel + ".c.elf")
    run_tool([LLD, "--gc-sections", "-T", os.path.join(ROOT, "Targets", "arm-common", "firmware.ld"),
              obj, *support, libgcc(arch), "-o", fw])
    return fw


def board_support(arch, work):
    """Objects every C firmware links: board.c (console, argv, exit) at -O2,
    and the project's start-up code, board hook and memory functions at the
    runtime's -Os (they are the runtime's board support)."""
    objs = []
    flags = c_flags(arch)
    os_flags = [f if f != "-O2" else "-Os" for f in flags]
    for src, fl in [(os.path.join(C_DIR, "board.c"), flags),
                    (os.path.join(ROOT, "Targets", "arm-common", "startup.c"), os_flags),
                    (os.path.join(ROOT, "Targets", "arm-common", "libc.c"), os_flags),
                    (os.path.join(ROOT, "Targets", arch, "board.c"), os_flags)]:
        obj = os.path.join(work, "support-" + os.path.basename(os.path.dirname(src)) + "-"
                           + os.path.basename(src)[:-2] + ".o")
        run_tool([CLANG, *fl, "-c", src, "-o", obj])
        objs.append(obj)
    return objs


def build_plugin(work):
    """The instruction-counting plugin, with the flags of InstructionCounter.swift."""
    lib = os.path.join(work, "insncount.so")
    run_tool([CLANG, "-shared", "-fPIC", "-O2", "-Wall", "-Wextra",
              os.path.join(ROOT, "Targets", "qemu-plugin", "insncount.c"), "-o", lib])
    return lib


# ---- runs ---------------------------------------------------------------------

def cpython(args, kernel, n, variant):
    env = dict(os.environ, PYTHONPATH=SHIMS + os.pathsep + os.environ.get("PYTHONPATH", ""))
    p = subprocess.run([args.python, os.path.join(KERNEL_DIR, kernel + ".py"), str(n), variant],
                       capture_output=True, text=True, env=env, timeout=args.timeout)
    if p.returncode != 0:
        raise RuntimeError(f"cpython ({variant}): exit status {p.returncode}: {p.stderr.strip()[-200:]}")
    return p.stdout


def run_qemu(arch, fw, argv, plugin, work, timeout):
    """(stdout, stderr, status, instructions) of a firmware under QEMU, with
    the driver's command line (QEMURunner.swift, InstructionCounter.swift)."""
    count = fw + ".count"
    if os.path.exists(count):
        os.remove(count)
    machine = ["-M", "mps2-an385", "-cpu", "cortex-m3"] if arch == "armv7m" else ["-M", "mps2-an386", "-cpu", "cortex-m4"]
    cmdline = ",".join("arg=" + a.replace(",", ",,") for a in ["firmware", *argv])
    cmd = [QEMU, *machine, "-icount", "shift=0", "-plugin", f"{plugin},out={count}",
           "-nographic", "-monitor", "none", "-serial", "none",
           "-semihosting-config", "enable=on,target=native," + cmdline, "-kernel", fw]
    p = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=timeout)
    n = None
    if os.path.exists(count):
        with open(count) as f:
            n = int(f.readline())  # the total; the second line is the ticks_us marks (unused here)
        os.remove(count)
    return p.stdout, p.stderr, p.returncode, n


def py_build(args, arch, kernel, mode, work):
    """Builds the kernel's program for a Python mode; viper and native share
    one build. Returns the path."""
    build_args, _ = PY_MODES[mode]
    tag = "native" if mode in ("viper", "native") else "bytecode"
    dest = os.path.join(work, f"{kernel}.{tag}" + ("" if arch == "x64" else ".elf"))
    if os.path.exists(dest):
        return dest
    cmd = [args.binary, "build", *(["--arch", arch] if arch != "x64" else []), *build_args,
           os.path.join(KERNEL_DIR, kernel + ".py"), "-o", dest]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        lines = (p.stderr or p.stdout).strip().splitlines()
        raise RuntimeError(f"{mode}: build failed (status {p.returncode})" + (f": {lines[-1]}" if lines else ""))
    return dest


def argv_for(mode, n):
    return [str(n)] if mode == "C" else [str(n), PY_MODES[mode][1]]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--arch", choices=list(ARCHS), default="x64",
                    help="x64: time on the host (default); armv7m, armv7emsp: count instructions on the board under QEMU")
    ap.add_argument("-n", type=int, default=5, help="interleaved runs per kernel and mode on the host (default 5)")
    ap.add_argument("--filter", default="", help="comma-separated kernel names (default: all)")
    ap.add_argument("--out", default=os.path.join(ROOT, "Benchmarks", "results"),
                    help="folder for VIPER-ARCH.json (default Benchmarks/results/)")
    ap.add_argument("--binary", default=os.environ.get("MPY_NATIVE_BINARY",
                                                       os.path.join(ROOT, ".build", "debug", "mpy-native")),
                    help="the mpy-native compiler (default .build/debug/mpy-native, or $MPY_NATIVE_BINARY)")
    ap.add_argument("--python", default=sys.executable, help="the CPython 3 reference (default: this one)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run (default 300)")
    ap.add_argument("--check", action="store_true",
                    help=f"only build and check the outputs ({BOARD_N} repeats, and 0 on a board; on a board these runs "
                         "are the whole measurement, on the host no timed runs follow): for the test suite")
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    if not os.access(args.binary, os.X_OK):
        ap.error(f"no compiler at {args.binary} (build it with `swift build`, or pass --binary)")
    names = KERNELS
    wanted = [s.strip() for s in args.filter.split(",") if s.strip()]
    if wanted:
        unknown = [w for w in wanted if w not in KERNELS]
        if unknown:
            ap.error(f"no such kernel: {', '.join(unknown)} (known: {', '.join(KERNELS)})")
        names = [k for k in KERNELS if k in wanted]
    stamp = datetime.datetime.fromtimestamp(os.path.getmtime(args.binary)).isoformat(timespec="seconds")
    work = tempfile.mkdtemp(prefix="mpy-viper-")
    try:
        return measure(args, names, stamp, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args, names, stamp, work):
    arch = args.arch
    board = arch != "x64"
    failed = {}
    # 1. Builds.
    built = {}
    support = plugin = None
    if board:
        try:
            support = board_support(arch, work)
            plugin = build_plugin(work)
        except RuntimeError as e:
            print(f"cannot build the board support: {e}", file=sys.stderr)
            return 1
    for i, k in enumerate(names):
        for m in MODES:
            bench.progress(f"build {i + 1}/{len(names)} {k} ({m})")
            try:
                built[(k, m)] = build_c(arch, k, work, support) if m == "C" else py_build(args, arch, k, m, work)
            except RuntimeError as e:
                failed.setdefault(k, f"{m}: {e}")

    def execute(k, m, n):
        """(stdout, stderr, instructions or None) of one run; raises on failure."""
        path = built[(k, m)]
        if board:
            out, err, rc, count = run_qemu(arch, path, argv_for(m, n), plugin, work, args.timeout)
            if rc != 0 or count is None:
                raise RuntimeError(f"{m}: exit status {rc}" + (": " + err.strip().splitlines()[-1] if err.strip() else ""))
            return out, err, count
        p = subprocess.run([path, *argv_for(m, n)], capture_output=True, text=True, timeout=args.timeout,
                           cwd=KERNEL_DIR)
        if p.returncode != 0:
            raise RuntimeError(f"{m}: exit status {p.returncode}" + (": " + p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ""))
        return p.stdout, p.stderr, None

    # 2. Reference outputs (CPython, both copies of the kernel) and the check
    # of every mode at the check size; on a board these runs are the counts.
    sizes = [BOARD_N, 0] if board else [BOARD_N]
    counts = {k: {m: {} for m in MODES} for k in names}
    for i, k in enumerate(names):
        if k in failed:
            continue
        try:
            for n in sizes:
                bench.progress(f"check {i + 1}/{len(names)} {k} (cpython, {n} repeats)")
                ref = cpython(args, k, n, "viper")
                other = cpython(args, k, n, "py")
                if ref != other:
                    raise RuntimeError(f"cpython: the two copies disagree: {ref.strip()!r} vs {other.strip()!r}")
                for m in MODES:
                    bench.progress(f"{'count' if board else 'check'} {i + 1}/{len(names)} {k} ({m}, {n} repeats)")
                    out, _, count = execute(k, m, n)
                    if out != ref:
                        raise RuntimeError(f"{m}: output differs: {out.strip()[:120]!r} vs CPython {ref.strip()[:120]!r}")
                    counts[k][m][n] = count
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            failed.setdefault(k, str(e) if isinstance(e, RuntimeError) else "timeout")

    if args.check and not board:
        bench.end_progress()
        for k, why in sorted(failed.items()):
            print(f"FAILED {k}: {why}")
        print(f"viper check: {len(names) - len(failed)} passed, {len(failed)} failed "
              f"(outputs of C, viper, native and bytecode at {BOARD_N} repeats against CPython)")
        return 1 if failed else 0

    # 3. The figure per repeat.
    works = {k: {m: [] for m in MODES} for k in names}
    per = {k: {m: None for m in MODES} for k in names}
    if board:
        for k in names:
            if k in failed:
                continue
            for m in MODES:
                c = counts[k][m]
                per[k][m] = (c[BOARD_N] - c[0]) / BOARD_N
    else:
        repeats = {(k, m): HOST_N[k][0 if m in ("C", "viper") else 1] for k in names for m in MODES}
        outputs = {}
        for rnd in range(args.n):
            for i, k in enumerate(names):
                for m in MODES:
                    if k in failed:
                        break
                    n = repeats[(k, m)]
                    bench.progress(f"run {rnd + 1}/{args.n}: {i + 1}/{len(names)} {k} ({m}, {n} repeats)")
                    try:
                        out, err, _ = execute(k, m, n)
                    except (RuntimeError, subprocess.TimeoutExpired) as e:
                        failed.setdefault(k, str(e) if isinstance(e, RuntimeError) else f"{m}: timeout")
                        break
                    if outputs.setdefault((k, n), out) != out:
                        failed.setdefault(k, f"{m}: output at {n} repeats differs from the other mode's: "
                                             f"{out.strip()!r} vs {outputs[(k, n)].strip()!r}")
                        break
                    w = bench.WORK_RE.search(err)
                    if not w:
                        failed.setdefault(k, f"{m}: no `work SECONDS` line on stderr")
                        break
                    works[k][m].append(float(w.group(1)))
        for k in names:
            if k in failed:
                continue
            for m in MODES:
                med = bench.median(works[k][m])
                per[k][m] = med / repeats[(k, m)] * 1e6 if med else None
    bench.end_progress()

    def ratio(k, a, b):
        x, y = per[k][a], per[k][b]
        return x / y if (k not in failed and x and y) else None

    ratios = {k: {"viper/C": ratio(k, "viper", "C"), "bytecode/viper": ratio(k, "bytecode", "viper"),
                  "native/viper": ratio(k, "native", "viper")} for k in names}
    keys = ["viper/C", "bytecode/viper", "native/viper"]
    geo = {r: bench.geomean([ratios[k][r] for k in names]) for r in keys}

    # 4. Markdown.
    unit = "µs" if not board else "instr."
    hdr = ["kernel"] + [f"{m} {unit}" for m in MODES] + keys
    rows = []
    for k in names:
        cells = [k + (" (FAILED)" if k in failed else "")]
        for m in MODES:
            v = per[k][m]
            cells.append("—" if v is None else (f"{v:,.0f}" if board else f"{v:,.2f}"))
        for r in keys:
            v = ratios[k][r]
            cells.append("—" if v is None else f"{v:.2f}x")
        rows.append(cells)
    rows.append(["**geometric mean**"] + [""] * len(MODES)
                + [f"**{geo[r]:.2f}x**" if geo[r] else "—" for r in keys])
    bench.print_table(hdr, rows)
    print()
    if board:
        print(f"Executed instructions per repeat of the kernel on {arch} ({bench.BOARDS[arch]}) under QEMU: "
              f"(count with {BOARD_N} repeats - count with 0) / {BOARD_N}, so start-up and output cancel out "
              f"(TCG plugin, `-icount shift=0`: the counts repeat exactly). C: clang-19 -O2, freestanding; "
              f"viper and native: mpy-native --emit native -O2; bytecode: --emit bytecode. "
              f"viper/C: above 1x viper executes more; bytecode/viper, native/viper: how many times "
              f"viper's count the other modes execute. Outputs checked against CPython {platform.python_version()}.")
    else:
        print(f"Microseconds per repeat of the kernel on the host: the median of {args.n} interleaved runs of "
              f"the program's own timing of its repeat loop (`work` on stderr), divided by the repeats "
              f"(C and viper: the first of HOST_N, native and bytecode: the second). C: clang-19 -O2; viper and "
              f"native: mpy-native --emit native -O2; bytecode: --emit bytecode. viper/C: above 1x slower than C; "
              f"bytecode/viper, native/viper: how many times viper's time the other modes take. Outputs checked "
              f"against CPython {platform.python_version()}.")
    above = [f"{k} {ratios[k]['viper/C']:.2f}x" for k in names
             if ratios[k]["viper/C"] and ratios[k]["viper/C"] > TARGET]
    print(f"Above the target of {TARGET}x of C: " + (", ".join(above) if above else "none") + ".")
    for k, why in sorted(failed.items()):
        print(f"FAILED {k}: {why}")

    # 5. JSON.
    class A:  # run_header wants args.binary
        binary = args.binary
    report = {
        **bench.run_header(A, stamp, args.n if not board else 1, MODES),
        "arch": arch,
        "where": ARCHS[arch],
        "unit": "microseconds per repeat" if not board else "instructions per repeat",
        "c_flags": c_flags(arch),
        "kernels": {
            k: {
                "status": "failed" if k in failed else "passed",
                "reason": failed.get(k),
                "per_repeat": per[k],
                "ratios": ratios[k],
                **({"instructions": {m: {str(n): c for n, c in counts[k][m].items()} for m in MODES},
                    "repeats": BOARD_N} if board else
                   {"work_seconds": works[k], "repeats": {m: HOST_N[k][0 if m in ("C", "viper") else 1]
                                                          for m in MODES}}),
            } for k in names
        },
        "geomean": geo,
        "target_viper_over_c": TARGET,
        "passed": len(names) - len(failed),
        "failed": len(failed),
    }
    del report["baseline"]
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, f"VIPER-{arch}.json")
    with open(path, "w") as f:
        json.dump(report, f, indent=2)
        f.write("\n")
    print(f"wrote {path}", file=sys.stderr)
    print(f"viper: {len(names) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
