"""Side by side with MicroPython itself: `run.py --against-micropython`.

Why it exists: every speed figure of the project is a ratio against
MicroPython 1.29 measured in the same run (docs/ARCHITECTURE.md, Testing).
This runs each benchmark program on MicroPython and on ours, in bytecode and
in native code, and prints ours / MicroPython per program and the geometric
means (below 1x: ours executes fewer instructions or takes less time).

On a board (--arch armv7m): exact instruction counts of the timed section
only, the instructions between the first and the last call of
time.ticks_us() (every benchmark reads its clock there), on QEMU's
mps2-an385 under MicroPython's own firmware (mpboard.py --count, the
binary64 firmware with the 2.5 MiB heap: like-for-like with ours) and under
ours (`mpy-native run --count-instructions`, which reports the same section).
MicroPython's bytecode is compiled on the board from source; its native code
comes from `mpy-cross -march=armv7m -X emit=native` and is imported.

On the host: each program's own `work` time (its stderr line, start-up
excluded), median of N interleaved runs, under micropython-unix-x64 (its
bytecode; its native code from `mpy-cross -march=x64 -X emit=native`) and
under ours (`mpy-native build`).

MicroPython's binaries are instruments, not dependencies: they are looked
for in $MPY_MICROPYTHON_DIR, else ../shared/tools/micropython beside the
checkout; when they are absent this mode says so and exits with status 2.
"""
import os, re, statistics, subprocess, sys

from run import geomean, print_table, progress  # the harness's own (run.py imports this file)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = os.path.join(ROOT, "Benchmarks", "programs")
SECTION_RE = re.compile(r"^mpy-native: ([0-9]+) instructions between the first and the last", re.M)
WORK_RE = re.compile(r"^work ([0-9.]+)\s*$", re.M)
FIRMWARE = "firmware-mps2-an385-double.elf"


def tools_dir():
    d = os.environ.get("MPY_MICROPYTHON_DIR") or os.path.join(os.path.dirname(ROOT), "shared", "tools", "micropython")
    needed = ["mpboard.py", "mpy-cross", "micropython-unix-x64", FIRMWARE]
    if not all(os.path.exists(os.path.join(d, f)) for f in needed):
        return None
    return d


def cpython_output(python, src, prog_args, timeout):
    p = subprocess.run([python, src, *prog_args], cwd=PROGRAMS, capture_output=True, text=True, timeout=timeout)
    return p.stdout if p.returncode == 0 else None


def mpy_cross(tools, src, arch, work):
    """MicroPython's native code for `src` as a module `bench_NAME`, or None."""
    name = "bench_" + os.path.basename(src)[:-3]
    os.makedirs(os.path.join(work, arch), exist_ok=True)
    dest = os.path.join(work, arch, f"{name}.mpy")
    p = subprocess.run([os.path.join(tools, "mpy-cross"), f"-march={arch}", "-X", "emit=native", "-o", dest, src],
                       capture_output=True, text=True)
    return (name, dest) if p.returncode == 0 else None


def ratio_cells(ours, theirs):
    if ours is None or theirs is None:
        return "—"
    return f"{ours / theirs:.2f}x"


def run_board(args, names, board_args, work):
    tools = tools_dir()
    if tools is None:
        print("--against-micropython: MicroPython's tools are not here (set MPY_MICROPYTHON_DIR); skipped")
        return 2
    sys.path.insert(0, tools)
    import mpboard  # noqa: E402  (the instrument beside MicroPython's firmware)
    fw = os.path.join(tools, FIRMWARE)
    env = dict(os.environ, MPY_QEMU_TIMEOUT=str(args.timeout))
    counts = {}   # (name, who, mode) -> instructions or None
    notes = []
    for k, name in enumerate(names):
        src = os.path.join(PROGRAMS, name + ".py")
        prog_args = [board_args[name]] if name in board_args else []
        ref = cpython_output(args.python, src, prog_args, args.timeout)
        argv = "import sys\nsys.argv[:] = %r\n" % (["bench_" + name] + prog_args)
        for mode in ("bytecode", "native"):
            progress(f"{k + 1}/{len(names)} {name}: MicroPython {mode}")
            res = None
            try:
                if mode == "bytecode":
                    res = mpboard.run((argv + open(src).read()).encode(), fw, count=True, timeout=args.timeout * 4)
                else:
                    built = mpy_cross(tools, src, "armv7m", work)
                    if built is None:
                        notes.append(f"{name}: mpy-cross cannot compile it to native code")
                    else:
                        res = mpboard.run((argv + f"import {built[0]}\n").encode(), fw, count=True,
                                          mpys=[built[1]], timeout=args.timeout * 4)
            except Exception as e:  # a timeout or QEMU failing: the cell stays empty
                notes.append(f"{name}: MicroPython {mode}: {type(e).__name__}: {e}")
            if res is not None and res.get("err"):
                notes.append(f"{name}: MicroPython {mode}: {res['err'].strip().splitlines()[-1]}")
                res = None
            if res is not None:
                # The board's stdout and stderr share the serial line.
                res["out"] = "".join(l for l in res["out"].splitlines(True) if not WORK_RE.match(l))
            if res is not None and ref is not None and res["out"] != ref:
                notes.append(f"{name}: MicroPython {mode} prints other output than CPython (counted anyway)")
            counts[(name, "mp", mode)] = res["section"] if res else None

            progress(f"{k + 1}/{len(names)} {name}: ours {mode}")
            cmd = [args.binary, "run", "--arch", args.arch, "--emit", mode, *(["-O2"] if mode == "native" else []),
                   "--count-instructions", src, "--", *prog_args]
            try:
                p = subprocess.run(cmd, cwd=PROGRAMS, capture_output=True, text=True, env=env,
                                   timeout=args.timeout + 120)
                m = SECTION_RE.search(p.stderr)
                ok = p.returncode == 0 and m and (ref is None or p.stdout == ref)
                if not ok:
                    notes.append(f"{name}: ours {mode}: status {p.returncode}"
                                 + ("" if m else ", no timed section") + ("" if p.stdout == ref else ", output differs"))
                counts[(name, "ours", mode)] = int(m.group(1)) if ok else None
            except subprocess.TimeoutExpired:
                notes.append(f"{name}: ours {mode}: timeout")
                counts[(name, "ours", mode)] = None
    print(file=sys.stderr)

    hdr = ["benchmark", "size", "MicroPython bytecode", "ours bytecode", "ours/MP bytecode",
           "MicroPython native", "ours native", "ours/MP native"]
    rows, geo = [], {"bytecode": [], "native": []}
    for name in names:
        cells = [name, board_args.get(name, "")]
        for mode in ("bytecode", "native"):
            mp, ours = counts[(name, "mp", mode)], counts[(name, "ours", mode)]
            cells += [f"{mp:,}" if mp else "—", f"{ours:,}" if ours else "—", ratio_cells(ours, mp)]
            if mp and ours:
                geo[mode].append(ours / mp)
        rows.append(cells)
    g = {m: geomean(v) for m, v in geo.items()}
    rows.append(["**geometric mean**", "", "", "",
                 f"**{g['bytecode']:.2f}x**" if g["bytecode"] else "—", "", "",
                 f"**{g['native']:.2f}x**" if g["native"] else "—"])
    print_table(hdr, rows)
    print()
    print(f"Instructions executed between the first and the last call of time.ticks_us() on {args.arch} "
          f"(QEMU mps2-an385, exact counts): MicroPython 1.29 on its {FIRMWARE} (binary64 floats, 2.5 MiB heap; "
          f"bytecode compiled on the board, native code from mpy-cross -march=armv7m -X emit=native) and "
          f"mpy-native (bytecode; native -O2). ours/MP below 1x: ours executes fewer instructions. "
          f"Geometric means over the programs both ran ({len(geo['bytecode'])} bytecode, {len(geo['native'])} native).")
    for mode in ("bytecode", "native"):
        ratios = [(counts[(n, "ours", mode)] / counts[(n, "mp", mode)], n) for n in names
                  if counts[(n, "ours", mode)] and counts[(n, "mp", mode)]]
        if ratios:
            hi = max(ratios)
            above = [f"{n} {r:.2f}x" for r, n in sorted(ratios, reverse=True) if r > 1.2]
            print(f"{mode}: geometric mean {g[mode]:.2f}x, highest {hi[0]:.2f}x ({hi[1]}); "
                  f"above 1.2x: {', '.join(above) if above else 'none'}")
    for n in notes:
        print(f"note: {n}")
    return 0


def run_host(args, names, n_runs, work):
    tools = tools_dir()
    if tools is None:
        print("--against-micropython: MicroPython's tools are not here (set MPY_MICROPYTHON_DIR); skipped")
        return 2
    upy = os.path.join(tools, "micropython-unix-x64")
    cmds = {}
    notes = []
    for k, name in enumerate(names):
        src = os.path.join(PROGRAMS, name + ".py")
        progress(f"build {k + 1}/{len(names)} {name}")
        for mode in ("bytecode", "native"):
            exe = os.path.join(work, f"{name}.{mode}")
            p = subprocess.run([args.binary, "build", "--emit", mode, *(["-O2"] if mode == "native" else []),
                                src, "-o", exe], capture_output=True, text=True)
            if p.returncode == 0:
                cmds[(name, "ours", mode)] = [exe]
            else:
                notes.append(f"{name}: ours {mode}: build failed")
        cmds[(name, "mp", "bytecode")] = [upy, src]
        built = mpy_cross(tools, src, "x64", work)
        if built:
            mod_dir = os.path.join(work, "mpy-" + name)
            os.makedirs(mod_dir, exist_ok=True)
            os.replace(built[1], os.path.join(mod_dir, built[0] + ".mpy"))
            cmds[(name, "mp", "native")] = [
                upy, "-c", f"import sys; sys.path.insert(0, {mod_dir!r}); sys.argv[:] = ['{built[0]}']; import {built[0]}"]
        else:
            notes.append(f"{name}: mpy-cross cannot compile it to native code")
    times = {key: [] for key in cmds}
    for rnd in range(n_runs):
        for k, name in enumerate(names):
            ref = None
            for key in [c for c in cmds if c[0] == name]:
                progress(f"round {rnd + 1}/{n_runs} {name}: {key[1]} {key[2]}")
                try:
                    p = subprocess.run(cmds[key], cwd=PROGRAMS, capture_output=True, text=True, timeout=args.timeout)
                except subprocess.TimeoutExpired:
                    notes.append(f"{name}: {key[1]} {key[2]}: timeout")
                    continue
                m = WORK_RE.search(p.stderr)
                if p.returncode != 0 or not m:
                    tail = p.stderr.strip().splitlines()[-1:] or [""]
                    notes.append(f"{name}: {key[1]} {key[2]}: status {p.returncode} {tail[0]}")
                    continue
                if ref is None:
                    ref = p.stdout
                elif p.stdout != ref and rnd == 0:
                    notes.append(f"{name}: {key[1]} {key[2]}: output differs from the first run's")
                times[key].append(float(m.group(1)))
    print(file=sys.stderr)
    med = {k: (statistics.median(v) if v else None) for k, v in times.items()}
    hdr = ["benchmark", "MicroPython bytecode s", "ours bytecode s", "ours/MP bytecode",
           "MicroPython native s", "ours native s", "ours/MP native"]
    rows, geo = [], {"bytecode": [], "native": []}
    for name in names:
        cells = [name]
        for mode in ("bytecode", "native"):
            mp, ours = med.get((name, "mp", mode)), med.get((name, "ours", mode))
            cells += [f"{mp:.4f}" if mp else "—", f"{ours:.4f}" if ours else "—", ratio_cells(ours, mp)]
            if mp and ours:
                geo[mode].append(ours / mp)
        rows.append(cells)
    g = {m: geomean(v) for m, v in geo.items()}
    rows.append(["**geometric mean**", "", "", f"**{g['bytecode']:.2f}x**" if g["bytecode"] else "—",
                 "", "", f"**{g['native']:.2f}x**" if g["native"] else "—"])
    print_table(hdr, rows)
    print()
    print(f"Each program's own work time (start-up excluded), median of {n_runs} interleaved runs on the host: "
          f"MicroPython 1.29 (micropython-unix-x64; native code from mpy-cross -march=x64 -X emit=native) and "
          f"mpy-native (bytecode; native -O2). ours/MP below 1x: ours is faster.")
    for n in sorted(set(notes)):
        print(f"note: {n}")
    return 0
