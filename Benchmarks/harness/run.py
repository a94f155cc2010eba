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

Usage: Benchmarks/harness/run.py [-n N] [--filter NAMES] [--out DIR]
           [--binary PATH] [--modes bytecode,native] [--callgrind] [--quick]
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


def svg_chart(names, modes, speedups, geo, title):
    """A horizontal bar chart of speed-ups over the baseline, one group of
    bars per program (one bar per non-baseline mode), on a log2 axis with 1x
    marked. Written by hand: no plotting library."""
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
               f'speed-up over {BASELINE} (log scale; right of 1x is faster)</text>')
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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=5, help="runs per program and mode (default 5)")
    ap.add_argument("--filter", default="", help="comma-separated program names (default: all)")
    ap.add_argument("--out", default=os.path.join(ROOT, "Benchmarks", "results"),
                    help="folder for BENCH.json and speedups.svg (default Benchmarks/results/)")
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
    args = ap.parse_args()

    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    for m in modes:
        if m not in MODES:
            ap.error(f"unknown mode {m!r} (known: {', '.join(MODES)})")
    if modes[0] != BASELINE:
        ap.error(f"the first mode must be the baseline, {BASELINE}")
    others = modes[1:]
    if not os.access(args.binary, os.X_OK):
        ap.error(f"no compiler at {args.binary} (build it with `swift build`, or pass --binary)")
    n_runs = args.n
    if args.quick and "-n" not in sys.argv:
        n_runs = 1

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
    failed = {}  # name -> first reason
    try:
        # 1. Build each program once per mode.
        exes = {}
        for i, name in enumerate(names):
            src = os.path.join(PROGRAMS, name + ".py")
            for m in modes:
                progress(f"build {i + 1}/{len(names)} {name} ({m})")
                exe = os.path.join(work, f"{name}.{m}")
                p = subprocess.run([args.binary, "build", *MODES[m], src, "-o", exe],
                                   capture_output=True, text=True)
                if p.returncode != 0:
                    lines = (p.stderr or p.stdout).strip().splitlines()
                    failed.setdefault(name, f"{m}: build failed (status {p.returncode})"
                                      + (f": {lines[-1]}" if lines else ""))
                else:
                    exes[(name, m)] = exe

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
        print("| " + " | ".join(hdr) + " |")
        print("|" + "|".join(["---"] + ["---:"] * (len(hdr) - 1)) + "|")
        for n in names:
            cells = [n + (" (FAILED)" if n in failed else "")]
            cells += [fmt(med[n][m]) for m in modes]
            cells += [fmt(speedups[n][m], 2) + ("x" if speedups[n][m] else "") for m in others]
            cells.append(fmt(med[n]["cpython"]))
            if counts:
                c = counts.get(n, {})
                cells += [f"{c[m]:,}" if c.get(m) else "—" for m in modes]
                cells += [fmt(c[BASELINE] / c[m], 2) + "x" if c.get(m) and c.get(BASELINE) else "—" for m in others]
            print("| " + " | ".join(cells) + " |")
        geo_cells = ["**geometric mean**"] + [""] * len(modes) + [
            f"**{fmt(geo[m], 2)}x**" if geo[m] else "—" for m in others] + [""]
        if counts:
            geo_cells += [""] * len(modes) + [
                fmt(geomean([counts[n][BASELINE] / counts[n][m] for n in counts
                             if counts[n].get(m) and counts[n].get(BASELINE)]), 2) + "x" for m in others]
        print("| " + " | ".join(geo_cells) + " |")
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
        os.makedirs(args.out, exist_ok=True)
        report = {
            "date": datetime.datetime.now().isoformat(timespec="seconds"),
            "harness_commit": git_commit(),
            "binary": os.path.abspath(args.binary),
            "binary_modified": binary_stamp,
            "machine": {"cpu": cpu_model(), "cores": os.cpu_count(), "system": platform.platform()},
            "cpython": platform.python_version(),
            "runs": n_runs,
            "modes": modes,
            "baseline": BASELINE,
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
        json_path = os.path.join(args.out, "BENCH.json")
        with open(json_path, "w") as f:
            json.dump(report, f, indent=2)
            f.write("\n")
        svg_path = os.path.join(args.out, "speedups.svg")
        with open(svg_path, "w") as f:
            f.write(svg_chart(names, others, speedups, geo,
                              f"mpy-native: speed-up over {BASELINE} (median of {n_runs})"))
        print(f"wrote {json_path} and {svg_path}", file=sys.stderr)
        print(f"bench: {len(names) - len(failed)} passed, {len(failed)} failed")
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
