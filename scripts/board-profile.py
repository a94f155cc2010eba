#!/usr/bin/env python3
"""Where a program spends its instructions on the board, per function: ours
and, with --micropython, MicroPython's own firmware side by side.

A developer tool for speed work (issue: runtime speed on the board). It
runs PROGRAM under QEMU with the plugin Targets/qemu-plugin/insnprofile.c,
which counts every translated block's executions inside the timed section
(between the first and the last call of time.ticks_us(), as the benchmark
harness counts), and adds the instructions up per symbol of the firmware.

  scripts/board-profile.py Benchmarks/programs/fib.py [--emit native] [-- ARGS]
  scripts/board-profile.py PROG.py --micropython [--mp-native]   # MicroPython's firmware
  scripts/board-profile.py PROG.py --detail execute_frame         # hot blocks of one function

Our firmware is built with `mpy-native build --arch ARCH` (the binary:
--binary, else .build/debug/mpy-native); MicroPython's runs through its
mpboard.py (../shared/tools/micropython, or $MPY_MICROPYTHON_DIR), with
this plugin in place of its counter.
"""
import argparse, bisect, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_SRC = os.path.join(ROOT, "Targets", "qemu-plugin", "insnprofile.c")
NM = "/usr/lib/llvm-19/bin/llvm-nm"
BOARDS = {"armv7m": ["-M", "mps2-an385", "-cpu", "cortex-m3"], "armv7emsp": ["-M", "mps2-an386", "-cpu", "cortex-m4"]}


def plugin():
    cache = os.path.join(os.path.expanduser("~"), ".cache", "mpy-native-profile")
    so = os.path.join(cache, "insnprofile.so")
    if not os.path.exists(so) or os.path.getmtime(so) < os.path.getmtime(PLUGIN_SRC):
        os.makedirs(cache, exist_ok=True)
        subprocess.run(["clang-19", "-shared", "-fPIC", "-O2", "-Wall", "-o", so, PLUGIN_SRC], check=True)
    return so


def symbols(elf):
    """Sorted (address, name) of the firmware's functions and objects."""
    out = subprocess.run([NM, "-n", "--defined-only", elf], capture_output=True, text=True, check=True).stdout
    syms = []
    for line in out.splitlines():
        f = line.split()
        if len(f) == 3 and f[1] in "tTwW":
            syms.append((int(f[0], 16) & ~1, f[2]))
    syms.sort()
    return syms


def read_profile(path):
    head, blocks = "", []
    for line in open(path):
        if line.startswith("#"):
            head = line[1:].strip()
            continue
        a, n, c = line.split()
        blocks.append((int(a, 16), int(n), int(c)))
    return head, blocks


def per_symbol(syms, blocks):
    addrs = [a for a, _ in syms]
    total, by = 0, {}
    for a, n, c in blocks:
        i = bisect.bisect_right(addrs, a) - 1
        name = syms[i][1] if i >= 0 else "?"
        by[name] = by.get(name, 0) + n * c
        total += n * c
    return total, by


def run_ours(a, prof):
    binary = a.binary or os.path.join(ROOT, ".build", "debug", "mpy-native")
    elf = os.path.join(tempfile.mkdtemp(prefix="profile"), "firmware.elf")
    cmd = [binary, "build", "--arch", a.arch, "--emit", a.emit, *(["-O2"] if a.emit == "native" else []), a.program, "-o", elf]
    subprocess.run(cmd, check=True)
    syms = symbols(elf)
    mark = next(addr for addr, n in syms if n == "t_ticks_us")
    cmdline = ",".join("arg=" + x for x in ["firmware"] + a.args)
    q = ["qemu-system-arm", *BOARDS[a.arch], "-icount", "shift=0,sleep=off",
         "-plugin", f"{plugin()},profile={prof},mark=0x{mark:x}",
         "-nographic", "-monitor", "none", "-serial", "none",
         "-semihosting-config", "enable=on,target=native," + cmdline, "-kernel", elf]
    p = subprocess.run(q, cwd=os.path.dirname(os.path.abspath(a.program)), stdout=subprocess.PIPE, text=True)
    sys.stderr.write(p.stdout[-2000:] if a.show_output else "")
    return syms


def run_micropython(a, prof):
    tools = os.environ.get("MPY_MICROPYTHON_DIR") or os.path.join(os.path.dirname(ROOT), "shared", "tools", "micropython")
    sys.path.insert(0, tools)
    import mpboard  # the instrument beside MicroPython's firmware

    so = plugin()
    mpboard.plugin_path = lambda: f"{so},profile={prof}"
    fw = os.path.join(tools, "firmware-mps2-an385-double.elf")
    name = os.path.basename(a.program)[:-3]
    argv = "import sys\nsys.argv[:] = %r\n" % (["bench_" + name] + a.args)
    if a.mp_native:
        work = tempfile.mkdtemp(prefix="profile")
        mpy = os.path.join(work, "bench_" + name + ".mpy")
        subprocess.run([os.path.join(tools, "mpy-cross"), "-march=armv7m", "-X", "emit=native", "-o", mpy, a.program], check=True)
        res = mpboard.run((argv + f"import bench_{name}\n").encode(), fw, count=True, mpys=[mpy])
    else:
        res = mpboard.run((argv + open(a.program).read()).encode(), fw, count=True)
    if a.show_output:
        sys.stderr.write(res["out"] + res["err"])
    return symbols(fw)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("program")
    ap.add_argument("args", nargs="*")
    ap.add_argument("--arch", default="armv7m", choices=sorted(BOARDS))
    ap.add_argument("--emit", default="bytecode", choices=["bytecode", "native"])
    ap.add_argument("--binary")
    ap.add_argument("--micropython", action="store_true", help="profile MicroPython's firmware instead")
    ap.add_argument("--mp-native", action="store_true", help="with --micropython: its native code (mpy-cross)")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--detail", help="also list the hot blocks of this function")
    ap.add_argument("--show-output", action="store_true")
    a = ap.parse_args()
    fd, prof = tempfile.mkstemp(prefix="profile", suffix=".txt")
    os.close(fd)
    syms = run_micropython(a, prof) if a.micropython else run_ours(a, prof)
    head, blocks = read_profile(prof)
    total, by = per_symbol(syms, blocks)
    who = ("MicroPython " + ("native" if a.mp_native else "bytecode")) if a.micropython else f"mpy-native {a.emit}"
    print(f"{who}, {os.path.basename(a.program)} on {a.arch}: {total:,} instructions in the timed section ({head})")
    for name, n in sorted(by.items(), key=lambda kv: -kv[1])[: a.top]:
        print(f"{n:>14,} {100.0 * n / max(total, 1):6.2f}%  {name}")
    if a.detail:
        addrs = [s for s, _ in syms]
        hot = [(n * c, addr, n, c) for addr, n, c in blocks
               if 0 <= bisect.bisect_right(addrs, addr) - 1 < len(syms) and syms[bisect.bisect_right(addrs, addr) - 1][1] == a.detail]
        print(f"\nhot blocks of {a.detail} (address, instructions per run, runs):")
        for w, addr, n, c in sorted(hot, reverse=True)[:40]:
            print(f"{w:>14,}  0x{addr:x}  {n:3d} x {c:,}")
    os.unlink(prof)


if __name__ == "__main__":
    main()
