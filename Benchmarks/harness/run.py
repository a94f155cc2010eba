#!/usr/bin/env python3
"""Bytecode against native: the benchmark harness of mpy-native.

Why it exists: the native back end must pay for itself. This measures every
program of Benchmarks/programs in each code mode of the compiler (bytecode,
native; a viper column is one entry in MODES) beside CPython 3, with outputs
checked against CPython's, so that a speed-up is never a wrong answer.

What it does:
  1. builds each program once per mode (`mpy-native build --emit MODE -O2`)
     into a temporary directory;
  2. runs every program under CPython and each mode, interleaved, N times
     (round 1: all programs in all modes, round 2: ..., so drifts in machine
     load hit every mode alike); each run is timed with the wall clock around
     the whole process, start-up included; every output must equal CPython's;
  3. takes medians and reports per program the time of each mode, the speed-up
     of each mode over bytecode (t_bytecode / t_mode: above 1 is faster) and
     CPython's time for reference; the geometric mean of the speed-ups;
  4. optionally (--callgrind) instructions counted by valgrind's callgrind,
     one run per mode: a noise-free figure.

Output: a Markdown table on stdout, BENCH.json and speedups.svg in --out
(default Benchmarks/results/), progress on stderr, and a last line
`bench: N passed, M failed` (failed: wrong output, crash, timeout or build
failure). The exit status is 1 when anything failed.

Programs may print `work SECONDS` on stderr (their own timing of the work,
start-up excluded); the harness keeps the median of that in the JSON.

On an ARM board (--arch armv7m or armv7emsp) the figure is instead the number
of executed instructions under QEMU (`mpy-native run --count-instructions`:
the project's TCG plugin, with virtual time advancing by the instruction, so
the count is the same on every run): one run per mode, on a smaller workload
(BOARD_ARGS: each program takes its size as sys.argv[1], and CPython gets the
same argument); the ratio bytecode instructions / mode instructions; and the
code size of the program's own module objects (`build --objects`) per mode.
Output: the table, BENCH-ARCH.json and instructions-ARCH.svg.

With --against-micropython, the same programs run beside MicroPython 1.29
itself and the table gives ours / MicroPython (against_micropython.py: the
timed section's instructions on the armv7m board, work times on the host).

Usage: Benchmarks/harness/run.py [-n N] [--filter NAMES] [--out DIR]
           [--binary PATH] [--modes bytecode,native] [--callgrind] [--quick]
           [--arch armv7m|armv7emsp] [--against-micropython]
"""
import argparse, datetime, json, math, os, platform, re, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = os.path.join(ROOT, "Benchmarks", "programs")

# Code modes: name -> extra `mpy-native build` arguments. The first is the
# baseline every speed-up is relative to. Adding viper is one line here (and
# naming it in --modes).
MODES = {
    "bytecode": ["--emit", "bytecode"],
    "native": ["--emit", "native", "-O2"],
    "viper": ["--emit", "viper", "-O2"],
}
DEFAULT_MODES = "bytecode,native"
BASELINE = "bytecode"

# --quick: one run of a few short programs covering calls, floats, objects,
# generators and exceptions (for CI).
QUICK = ["fib", "nbody", "richards", "generators", "exceptions"]

WORK_RE = re.compile(r"^work ([0-9.]+)\s*$", re.M)

# --arch: the ARM boards (QEMU) on which instructions are counted.
BOARDS = {"armv7m": "mps2-an385 (Cortex-M3)", "armv7emsp": "mps2-an386 (Cortex-M4F)"}
COUNT_RE = re.compile(r"^mpy-native: ([0-9]+) instructions executed\s*$", re.M)
LLVM_SIZE = "/usr/lib/llvm-19/bin/llvm-size"

# The workload on the boards: sys.argv[1] of each program (what it means is
# in the program's header; without it a program does its host workload,
# which takes 25-60 s per bytecode run under QEMU with the counter, and
# dicts' and pidigits' raise MemoryError in the boards' 2.5 MiB heap). Sized
# for 1-4 billion instructions (2-15 s) per bytecode run on the Cortex-M3.
# dicts stays below 8192 words: its list of words grows past that into a
# 64 KiB block, which the heap, fragmented by the words, no longer has.
BOARD_ARGS = {
    "alloc": "5000",
    "closures": "400000",
    "dicts": "8000",
    "exceptions": "200000",
    "fannkuch": "8",
    "fib": "30",
    "globals": "20000",
    "generators": "30",
    "json": "25",
    "lists": "30",
    "mandelbrot": "60",
    "methods": "10000",
    "nbody": "15000",
    "nqueens": "11",
    "pidigits": "1000",
    "pystone": "60000",
    "raytracer": "72",
    "richards": "150000",
    "sieve": "10",
    "spectralnorm": "150",
    "strings": "600",
}


def progress(msg):
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K" + msg)
    else:
        sys.stderr.write(msg + "\n")
    sys.stderr.flush()


def end_progress():
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()


def run_timed(cmd, cwd, timeout):
    """(seconds, stdout, stderr, status); seconds is None on timeout."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", "", None
    return time.perf_counter() - t0, p.stdout, p.stderr, p.returncode


def median(xs):
    if not xs:
        return None
    s = sorted(xs)
    m = len(s) // 2
    return s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def fmt(x, digits=3):
    return "—" if x is None else f"{x:.{digits}f}"


def callgrind(exe, cwd, work):
    """Instructions of one run, or None. Valgrind gives up on the DWARF 5 that
    clang-19 writes, so a copy without debug information is counted."""
    stripped = exe + ".nodebug"
    shutil.copy(exe, stripped)
    subprocess.run(["strip", "-g", stripped], check=False)
    out = os.path.join(work, os.path.basename(exe) + ".callgrind")
    p = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", stripped],
                       cwd=cwd, capture_output=True, text=True)
    for line in p.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].strip())
    return None


def svg_chart(names, modes, speedups, geo, title,
              axis=f"speed-up over {BASELINE} (log scale; right of 1x is faster)"):
    """A horizontal bar chart of ratios to the baseline (speed-ups, or fewer
    instructions), one group of bars per program (one bar per non-baseline
    mode), on a log2 axis with 1x marked. Written by hand: no plotting
    library."""
    colors = ["#3b7dd8", "#e08a1e", "#4caf50", "#9c27b0"]
    rows = names + ["geometric mean"]
    bar_h, gap, label_w, plot_w, top = 14, 8, 130, 520, 50
    group_h = bar_h * len(modes) + gap
    height = top + group_h * len(rows) + 50
    width = label_w + plot_w + 90
    values = [v for n in rows for m in modes
              for v in [(geo if n == "geometric mean" else speedups.get(n, {})).get(m)] if v]
    lo = min([0.5] + [v for v in values]) / 1.1
    hi = max([2.0] + [v for v in values]) * 1.1
    lo2, hi2 = math.floor(math.log2(lo)), math.ceil(math.log2(hi))

    def x(v):
        return label_w + (math.log2(v) - lo2) / (hi2 - lo2) * plot_w

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{width / 2}" y="20" text-anchor="middle" font-size="14">{esc(title)}</text>']
    axis_y = top + group_h * len(rows)
    for e in range(lo2, hi2 + 1):
        v = 2.0 ** e
        xx = x(v)
        out.append(f'<line x1="{xx:.1f}" y1="{top - 5}" x2="{xx:.1f}" y2="{axis_y}" '
                   f'stroke="{"#000" if e == 0 else "#ddd"}" stroke-width="{1.5 if e == 0 else 1}"/>')
        lab = f"{v:g}x"
        out.append(f'<text x="{xx:.1f}" y="{axis_y + 14}" text-anchor="middle">{lab}</text>')
    out.append(f'<text x="{label_w + plot_w / 2}" y="{axis_y + 30}" text-anchor="middle">'
               f'{esc(axis)}</text>')
    for i, n in enumerate(rows):
        y0 = top + i * group_h
        src = geo if n == "geometric mean" else speedups.get(n, {})
        weight = ' font-weight="bold"' if n == "geometric mean" else ""
        out.append(f'<text x="{label_w - 6}" y="{y0 + bar_h * len(modes) / 2 + 4}" '
                   f'text-anchor="end"{weight}>{esc(n)}</text>')
        for j, m in enumerate(modes):
            v = src.get(m)
            yy = y0 + j * bar_h
            if not v:
                out.append(f'<text x="{x(1.0) + 4:.1f}" y="{yy + bar_h - 3}" fill="#c00">failed</text>')
                continue
            x1, x0 = x(v), x(1.0)
            left, w = min(x0, x1), max(abs(x1 - x0), 1.0)
            fill = colors[j % len(colors)] if v >= 1.0 else "#d9534f"
            out.append(f'<rect x="{left:.1f}" y="{yy + 1}" width="{w:.1f}" height="{bar_h - 2}" fill="{fill}"/>')
            tx = max(x0, x1) + 4
            out.append(f'<text x="{tx:.1f}" y="{yy + bar_h - 3}">{v:.2f}x</text>')
    for j, m in enumerate(modes):
        lx = label_w + j * 110
        out.append(f'<rect x="{lx}" y="30" width="10" height="10" fill="{colors[j % len(colors)]}"/>')
        out.append(f'<text x="{lx + 14}" y="39">{esc(m)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def git_commit():
    try:
        p = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
        return p.stdout.strip() or None
    except OSError:
        return None


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def build_programs(binary, names, modes, work, failed, extra=(), objects=False):
    """Builds each program once per mode (`mpy-native build` with the mode's
    arguments and `extra`): an executable, or with `objects` the module
    objects in a folder. Returns {(name, mode): path}; a failure is recorded
    in `failed`."""
    built = {}
    for i, name in enumerate(names):
        src = os.path.join(PROGRAMS, name + ".py")
        for m in modes:
            progress(f"build {i + 1}/{len(names)} {name} ({m})")
            dest = os.path.join(work, f"{name}.{m}")
            p = subprocess.run([binary, "build", *extra, *MODES[m], src,
                                *(["--objects", dest] if objects else ["-o", dest])],
                               capture_output=True, text=True)
            if p.returncode != 0:
                lines = (p.stderr or p.stdout).strip().splitlines()
                failed.setdefault(name, f"{m}: build failed (status {p.returncode})"
                                  + (f": {lines[-1]}" if lines else ""))
            else:
                built[(name, m)] = dest
    return built


def print_table(hdr, rows):
    """A Markdown table: the first column left-aligned, the others right."""
    print("| " + " | ".join(hdr) + " |")
    print("|" + "|".join(["---"] + ["---:"] * (len(hdr) - 1)) + "|")
    for cells in rows:
        print("| " + " | ".join(cells) + " |")


def run_header(args, binary_stamp, n_runs, modes):
    """The JSON fields that say what ran, where and when."""
    return {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "harness_commit": git_commit(),
        "binary": os.path.abspath(args.binary),
        "binary_modified": binary_stamp,
        "machine": {"cpu": cpu_model(), "cores": os.cpu_count(), "system": platform.platform()},
        "cpython": platform.python_version(),
        "runs": n_runs,
        "modes": modes,
        "baseline": BASELINE,
    }


def write_results(out_dir, json_name, report, svg_name, svg):
    os.makedirs(out_dir, exist_ok=True)
    json_path = os.path.join(out_dir, json_name)
    with open(json_path, "w") as f:
        json.dump(report, f, indent=2)
        f.write("\n")
    svg_path = os.path.join(out_dir, svg_name)
    with open(svg_path, "w") as f:
        f.write(svg)
    print(f"wrote {json_path} and {svg_path}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=None,
                    help="runs per program and mode (default 5; 1 with --arch, where more runs check that the counts repeat)")
    ap.add_argument("--filter", default="", help="comma-separated program names (default: all)")
    ap.add_argument("--out", default=os.path.join(ROOT, "Benchmarks", "results"),
                    help="folder for BENCH.json and speedups.svg, or with --arch BENCH-ARCH.json and instructions-ARCH.svg (default Benchmarks/results/)")
    ap.add_argument("--binary", default=os.environ.get("MPY_NATIVE_BINARY",
                                                       os.path.join(ROOT, ".build", "debug", "mpy-native")),
                    help="the mpy-native compiler (default .build/debug/mpy-native, or $MPY_NATIVE_BINARY)")
    ap.add_argument("--modes", default=DEFAULT_MODES,
                    help=f"comma-separated code modes, baseline first (default {DEFAULT_MODES}; known: {', '.join(MODES)})")
    ap.add_argument("--python", default=sys.executable, help="the CPython 3 reference (default: this one)")
    ap.add_argument("--callgrind", action="store_true", help="also count instructions with valgrind (one run per mode)")
    ap.add_argument("--quick", action="store_true",
                    help=f"one run of a few programs ({', '.join(QUICK)}) for CI; -n and --filter still apply")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run (default 60)")
    ap.add_argument("--arch", choices=sorted(BOARDS),
                    help="count executed instructions on this ARM board under QEMU instead of timing on the host")
    ap.add_argument("--against-micropython", action="store_true",
                    help="side by side with MicroPython 1.29 itself (its board firmware with --arch armv7m, "
                         "micropython-unix-x64 on the host): ours/MicroPython per program, bytecode and native "
                         "(Benchmarks/harness/against_micropython.py)")
    args = ap.parse_args()

    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    for m in modes:
        if m not in MODES:
            ap.error(f"unknown mode {m!r} (known: {', '.join(MODES)})")
    if modes[0] != BASELINE:
        ap.error(f"the first mode must be the baseline, {BASELINE}")
    args.binary = os.path.abspath(args.binary)   # runs on a board start in Benchmarks/programs
    if not os.access(args.binary, os.X_OK):
        ap.error(f"no compiler at {args.binary} (build it with `swift build`, or pass --binary)")
    if args.arch and args.callgrind:
        ap.error("--callgrind counts on the host; with --arch the instructions are counted under QEMU anyway")
    if args.n is not None:
        n_runs = args.n
    else:
        n_runs = 1 if (args.quick or args.arch) else 5

    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    wanted = [s.strip() for s in args.filter.split(",") if s.strip()] or (QUICK if args.quick else [])
    if wanted:
        unknown = [w for w in wanted if w not in names]
        if unknown:
            ap.error(f"no such program: {', '.join(unknown)}")
        names = [n for n in names if n in wanted]

    # The compiler may be rebuilt while the harness runs: record which one built the programs.
    binary_stamp = datetime.datetime.fromtimestamp(os.path.getmtime(args.binary)).isoformat(timespec="seconds")
    work = tempfile.mkdtemp(prefix="mpy-bench-")
    try:
        if args.against_micropython:
            import against_micropython
            if args.arch and args.arch != "armv7m":
                ap.error("MicroPython's firmware here is for mps2-an385: --against-micropython takes --arch armv7m")
            if args.arch:
                return against_micropython.run_board(args, names, BOARD_ARGS, work)
            return against_micropython.run_host(args, names, n_runs, work)
        if args.arch:
            return run_board(args, names, modes, n_runs, binary_stamp, work)
        return run_host(args, names, modes, n_runs, binary_stamp, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_host(args, names, modes, n_runs, binary_stamp, work):
    """Wall-clock times on the host (and optionally callgrind counts)."""
    others = modes[1:]
    failed = {}  # name -> first reason
    # 1. Build each program once per mode.
    exes = build_programs(args.binary, names, modes, work, failed)

    # 2. Interleaved runs: CPython first in each round, its output is the reference.
    impls = ["cpython"] + modes
    times = {n: {i: [] for i in impls} for n in names}
    works = {n: {i: [] for i in impls} for n in names}
    reference = {}
    for rnd in range(n_runs):
        for k, name in enumerate(names):
            for impl in impls:
                if name in failed and impl != "cpython":
                    continue
                progress(f"run {rnd + 1}/{n_runs}: {k + 1}/{len(names)} {name} ({impl})")
                cmd = ([args.python, os.path.join(PROGRAMS, name + ".py")] if impl == "cpython"
                       else [exes[(name, impl)]])
                dt, out, err, rc = run_timed(cmd, PROGRAMS, args.timeout)
                if dt is None or rc != 0:
                    why = "timeout" if dt is None else f"exit status {rc}"
                    tail = err.strip().splitlines()[-1:] if err else []
                    failed.setdefault(name, f"{impl}: {why}" + (f": {tail[0]}" if tail else ""))
                    continue
                if impl == "cpython":
                    reference.setdefault(name, out)
                elif out != reference.get(name):
                    failed.setdefault(name, f"{impl}: output differs: {out.strip()[:160]!r}"
                                      f" vs CPython {reference.get(name, '').strip()[:160]!r}")
                    continue
                times[name][impl].append(dt)
                w = WORK_RE.search(err)
                if w:
                    works[name][impl].append(float(w.group(1)))
    end_progress()

    # 3. Medians and speed-ups.
    med = {n: {i: median(times[n][i]) for i in impls} for n in names}
    speedups = {}
    for n in names:
        base = med[n][BASELINE]
        speedups[n] = {m: (base / med[n][m] if (n not in failed and base and med[n][m]) else None)
                       for m in others}
    geo = {m: geomean([speedups[n][m] for n in names]) for m in others}

    # 4. Instruction counts.
    counts = {}
    if args.callgrind:
        if shutil.which("valgrind") is None:
            print("--callgrind: valgrind is not installed (apt-get install valgrind); instruction counts skipped",
                  file=sys.stderr)
        else:
            for k, name in enumerate(names):
                if name in failed:
                    continue
                counts[name] = {}
                for m in modes:
                    progress(f"callgrind {k + 1}/{len(names)} {name} ({m})")
                    counts[name][m] = callgrind(exes[(name, m)], PROGRAMS, work)
            end_progress()

    # Markdown table.
    hdr = ["benchmark"] + [f"{m} s" for m in modes] + [f"{m}/{BASELINE}" for m in others] + ["CPython s"]
    if counts:
        hdr += [f"{m} instr." for m in modes] + [f"{m} instr. ratio" for m in others]
    rows = []
    for n in names:
        cells = [n + (" (FAILED)" if n in failed else "")]
        cells += [fmt(med[n][m]) for m in modes]
        cells += [fmt(speedups[n][m], 2) + ("x" if speedups[n][m] else "") for m in others]
        cells.append(fmt(med[n]["cpython"]))
        if counts:
            c = counts.get(n, {})
            cells += [f"{c[m]:,}" if c.get(m) else "—" for m in modes]
            cells += [fmt(c[BASELINE] / c[m], 2) + "x" if c.get(m) and c.get(BASELINE) else "—" for m in others]
        rows.append(cells)
    geo_cells = ["**geometric mean**"] + [""] * len(modes) + [
        f"**{fmt(geo[m], 2)}x**" if geo[m] else "—" for m in others] + [""]
    if counts:
        geo_cells += [""] * len(modes) + [
            fmt(geomean([counts[n][BASELINE] / counts[n][m] for n in counts
                         if counts[n].get(m) and counts[n].get(BASELINE)]), 2) + "x" for m in others]
    rows.append(geo_cells)
    print_table(hdr, rows)
    print()
    print(f"Median of {n_runs} interleaved wall-clock runs of the whole process (start-up included); "
          f"speed-up = {BASELINE} time / mode time (above 1x: faster than {BASELINE}); "
          f"LLVM -O2; outputs checked against CPython {platform.python_version()}.")
    slower = [f"{n} ({m} {speedups[n][m]:.2f}x)" for n in names for m in others
              if speedups[n][m] and speedups[n][m] < 1.0]
    if slower:
        print("Slower than bytecode: " + ", ".join(slower) + ".")
    for n, why in sorted(failed.items()):
        print(f"FAILED {n}: {why}")

    # JSON and SVG.
    report = {
        **run_header(args, binary_stamp, n_runs, modes),
        "benchmarks": {
            n: {
                "status": "failed" if n in failed else "passed",
                "reason": failed.get(n),
                "seconds": {i: times[n][i] for i in impls},
                "median_seconds": med[n],
                "median_work_seconds": {i: median(works[n][i]) for i in impls},
                "speedup": speedups[n],
                **({"instructions": counts[n]} if n in counts else {}),
            } for n in names
        },
        "geomean_speedup": geo,
        "passed": len(names) - len(failed),
        "failed": len(failed),
    }
    write_results(args.out, "BENCH.json", report, "speedups.svg",
                  svg_chart(names, others, speedups, geo,
                            f"mpy-native: speed-up over {BASELINE} (median of {n_runs})"))
    print(f"bench: {len(names) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def module_size(objdir):
    """Bytes the program's own modules put in flash, from the objects of
    `build --objects` (the module table, the same in every mode, left out):
    {"text": .text*, "rodata": .rodata*, "other": .data* and .ARM.exidx*,
    "total": their sum}, or None."""
    objs = sorted(os.path.join(objdir, f) for f in os.listdir(objdir)
                  if f.endswith(".o") and f != "mpy_program.o")
    p = subprocess.run([LLVM_SIZE, "-A", *objs], capture_output=True, text=True)
    if p.returncode != 0 or not objs:
        return None
    size = {"text": 0, "rodata": 0, "other": 0}
    for line in p.stdout.splitlines():
        parts = line.split()
        if len(parts) != 3 or not parts[1].isdigit():
            continue
        sec, n = parts[0], int(parts[1])
        if sec.startswith(".text"):
            size["text"] += n
        elif sec.startswith(".rodata"):
            size["rodata"] += n
        elif sec.startswith((".data", ".ARM.exidx")):
            size["other"] += n
    size["total"] = size["text"] + size["rodata"] + size["other"]
    return size


def run_board(args, names, modes, n_runs, binary_stamp, work):
    """Executed instructions on an ARM board under QEMU, and module sizes."""
    arch = args.arch
    others = modes[1:]
    failed = {}
    if not os.access(LLVM_SIZE, os.X_OK):
        print(f"{LLVM_SIZE} not found (llvm-19); code sizes skipped", file=sys.stderr)
    # 1. The module objects of each program per mode: compile errors, and sizes.
    objdirs = build_programs(args.binary, names, modes, work, failed, ["--arch", arch], objects=True)
    sizes = {n: {m: (module_size(objdirs[(n, m)]) if (n, m) in objdirs and os.access(LLVM_SIZE, os.X_OK)
                     else None) for m in modes} for n in names}

    # 2. CPython for the reference output, then `run --count-instructions` per
    # mode (which builds the firmware and runs it in QEMU), n_runs times.
    env = dict(os.environ, MPY_QEMU_TIMEOUT=str(args.timeout))
    counts = {n: {m: [] for m in modes} for n in names}
    qemu_s = {n: {m: [] for m in modes} for n in names}
    virtual_s = {n: {} for n in names}
    for k, name in enumerate(names):
        src = os.path.join(PROGRAMS, name + ".py")
        prog_args = [BOARD_ARGS[name]] if name in BOARD_ARGS else []
        progress(f"run {k + 1}/{len(names)} {name} (cpython)")
        dt, ref, err, rc = run_timed([args.python, src, *prog_args], PROGRAMS, args.timeout)
        if dt is None or rc != 0:
            failed.setdefault(name, "cpython: " + ("timeout" if dt is None else f"exit status {rc}"))
            continue
        for m in modes:
            for rnd in range(n_runs):
                if name in failed:
                    break
                progress(f"run {k + 1}/{len(names)} {name} ({m}{f', {rnd + 1}/{n_runs}' if n_runs > 1 else ''})")
                cmd = [args.binary, "run", "--arch", arch, *MODES[m], "--count-instructions", src, "--", *prog_args]
                try:
                    t0 = time.perf_counter()
                    p = subprocess.run(cmd, cwd=PROGRAMS, capture_output=True, text=True, env=env,
                                       timeout=args.timeout + 120)
                    dt = time.perf_counter() - t0
                except subprocess.TimeoutExpired:
                    failed.setdefault(name, f"{m}: timeout")
                    break
                c = COUNT_RE.search(p.stderr)
                if p.returncode != 0 or not c:
                    tail = [l for l in p.stderr.strip().splitlines() if not COUNT_RE.match(l)][-1:]
                    failed.setdefault(name, f"{m}: exit status {p.returncode}" + (f": {tail[0]}" if tail else ""))
                    break
                if p.stdout != ref:
                    failed.setdefault(name, f"{m}: output differs: {p.stdout.strip()[:160]!r}"
                                      f" vs CPython {ref.strip()[:160]!r}")
                    break
                counts[name][m].append(int(c.group(1)))
                qemu_s[name][m].append(dt)
                w = WORK_RE.search(p.stderr)
                if w:
                    virtual_s[name][m] = float(w.group(1))
            if len(set(counts[name][m])) > 1:
                failed.setdefault(name, f"{m}: the count differs between runs: {counts[name][m]}")
    end_progress()

    # 3. Ratios: bytecode instructions / mode instructions (above 1: fewer),
    # mode size / bytecode size (above 1: larger).
    count = {n: {m: (counts[n][m][0] if counts[n][m] and n not in failed else None) for m in modes}
             for n in names}
    ratio = {n: {m: (count[n][BASELINE] / count[n][m] if count[n][BASELINE] and count[n][m] else None)
                 for m in others} for n in names}
    total = {n: {m: (sizes[n][m] or {}).get("total") for m in modes} for n in names}
    size_ratio = {n: {m: (total[n][m] / total[n][BASELINE] if total[n][m] and total[n][BASELINE] else None)
                      for m in others} for n in names}
    geo = {m: geomean([ratio[n][m] for n in names]) for m in others}
    geo_size = {m: geomean([size_ratio[n][m] for n in names]) for m in others}

    hdr = (["benchmark", "size"] + [f"{m} instr." for m in modes] + [f"{BASELINE}/{m} instr." for m in others]
           + [f"{m} module B" for m in modes] + [f"{m}/{BASELINE} size" for m in others])
    rows = []
    for n in names:
        cells = [n + (" (FAILED)" if n in failed else ""), BOARD_ARGS.get(n, "host")]
        cells += [f"{count[n][m]:,}" if count[n][m] else "—" for m in modes]
        cells += [fmt(ratio[n][m], 2) + "x" if ratio[n][m] else "—" for m in others]
        cells += [f"{total[n][m]:,}" if total[n][m] else "—" for m in modes]
        cells += [fmt(size_ratio[n][m], 2) + "x" if size_ratio[n][m] else "—" for m in others]
        rows.append(cells)
    rows.append(["**geometric mean**", ""] + [""] * len(modes)
                + [f"**{fmt(geo[m], 2)}x**" if geo[m] else "—" for m in others] + [""] * len(modes)
                + [f"**{fmt(geo_size[m], 2)}x**" if geo_size[m] else "—" for m in others])
    print_table(hdr, rows)
    print()
    print(f"Executed instructions on {arch} ({BOARDS[arch]}) under QEMU, from reset to exit "
          f"(`mpy-native run --count-instructions`: TCG plugin, virtual time by the instruction, so the "
          f"counts repeat exactly); {BASELINE}/mode = {BASELINE} instructions / mode instructions "
          f"(above 1x: fewer); size = the program's sys.argv[1] (its workload on the boards); "
          f"module B = bytes of .text, .rodata, .data and .ARM.exidx in the program's module objects "
          f"(code, bytecode and constants; the runtime excluded); LLVM -O2; outputs checked against CPython {platform.python_version()}.")
    for n, why in sorted(failed.items()):
        print(f"FAILED {n}: {why}")

    report = {
        **run_header(args, binary_stamp, n_runs, modes),
        "arch": arch,
        "board": BOARDS[arch],
        "benchmarks": {
            n: {
                "status": "failed" if n in failed else "passed",
                "reason": failed.get(n),
                "args": [BOARD_ARGS[n]] if n in BOARD_ARGS else [],
                "instructions": count[n],
                "instructions_per_run": counts[n],
                "instruction_ratio": ratio[n],
                "module_bytes": sizes[n],
                "code_size_ratio": size_ratio[n],
                "run_seconds": qemu_s[n],
                "work_virtual_seconds": virtual_s[n],
            } for n in names
        },
        "geomean_instruction_ratio": geo,
        "geomean_code_size_ratio": geo_size,
        "passed": len(names) - len(failed),
        "failed": len(failed),
    }
    write_results(args.out, f"BENCH-{arch}.json", report, f"instructions-{arch}.svg",
                  svg_chart(names, others, ratio, geo,
                            f"mpy-native on {arch}: executed instructions, {BASELINE} / mode",
                            axis=f"{BASELINE} instructions / mode instructions (log scale; right of 1x is fewer)"))
    print(f"bench: {len(names) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
