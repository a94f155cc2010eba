#!/usr/bin/env python3
"""Frozen modules end to end (Tests/freeze): firmware built from a manifest
whose package mixes bytecode, native and viper modules, run on the host and
under QEMU on both boards (stdout must equal CPython's, run with -O since
the package is frozen at opt=1, with the frozen folders on PYTHONPATH);
the heap cost of importing frozen modules (Tests/freeze/heap/heap_app.py
asserts it grows with functions and globals, not with code size, and
prints the figures); and `mpy-native freeze` writing one object with
every module image and the frozen-module table.

Usage: scripts/test-freeze.py [--binary PATH] [--arch ARCH ...]
"""
import argparse, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FREEZE = os.path.join(ROOT, "Tests", "freeze")
NM = "/usr/lib/llvm-19/bin/llvm-nm"


def run(cmd, cwd, env=None):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, **(env or {})))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "mpy-native"))
    ap.add_argument("--arch", action="append", help="x64, armv7m, armv7emsp (default: all three)")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    arches = args.arch or ["x64", "armv7m", "armv7emsp"]
    failed = 0

    def fail(what, p):
        nonlocal failed
        failed += 1
        print(f"FAIL {what} (exit status {p.returncode})")
        print("    " + (p.stdout[-1500:] + p.stderr[-1500:]).replace("\n", "\n    "))

    shims = os.path.join(ROOT, "Tests", "cpython-shims")
    path = os.pathsep.join([shims, os.path.join(FREEZE, "lib"), os.path.join(FREEZE, "extra")])
    want = run([sys.executable, "-O", "app.py"], FREEZE, {"PYTHONPATH": path})
    if want.returncode != 0:
        fail("CPython on Tests/freeze/app.py", want)
        return 1
    runs = [(a, {}) for a in arches] + ([("x64", {"MPY_GC_STRESS": "1"})] if "x64" in arches else [])
    for arch, env in runs:
        what = f"app.py with manifest.py on {arch}" + (" (GC stress)" if env else "")
        p = run([binary, "run", "--arch", arch, "--manifest", "manifest.py", "app.py"], FREEZE, env)
        if p.returncode != 0 or p.stdout != want.stdout:
            fail(what + ": output differs from CPython's", p)
        else:
            print(f"ok   {what}")

    heap_dir = os.path.join(FREEZE, "heap")
    for arch in arches:
        p = run([binary, "run", "--arch", arch, "--manifest", "manifest.py", "heap_app.py"], heap_dir)
        if p.returncode != 0 or not p.stdout.endswith("ok\n"):
            fail(f"heap_app.py on {arch}", p)
            continue
        print(f"ok   heap cost of frozen imports on {arch}:")
        for line in p.stdout.splitlines():
            if line.startswith(("heap bytes", "per function")):
                print("       " + line)

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "frozen.o")
        p = run([binary, "freeze", "manifest.py", "--arch", "armv7m", "-o", out], FREEZE)
        if p.returncode != 0:
            fail("mpy-native freeze", p)
        else:
            syms = run([NM, out], tmp).stdout.split()
            need = ["mpy_frozen_table"] + ["mpy_frozen_module." + m for m in
                                           ("sensors", "sensors.calib", "sensors.filters", "sensors.fast", "units")]
            missing = [s for s in need if s not in syms]
            if missing or "mpy_module_table" in syms:
                failed += 1
                print(f"FAIL frozen.o: missing {missing}" + (" (and it defines mpy_module_table)" if "mpy_module_table" in syms else ""))
            else:
                print("ok   mpy-native freeze: one object with the frozen table and every module image")
        # In the firmware, the frozen images and the table are in flash
        # (0x00000000-0x003FFFFF on both boards), not in SRAM.
        elf = os.path.join(tmp, "app.elf")
        p = run([binary, "build", "--arch", "armv7m", "--manifest", "manifest.py", "app.py", "-o", elf], FREEZE)
        if p.returncode != 0:
            fail("mpy-native build --manifest", p)
        else:
            in_ram = []
            for line in run([NM, elf], tmp).stdout.splitlines():
                parts = line.split()
                if len(parts) == 3 and (parts[2].startswith("mpy_frozen") or parts[2].startswith(".Lmpy.sensors")
                                        or parts[2].startswith("mpy.str.")) and int(parts[0], 16) >= 0x00400000:
                    in_ram.append(parts[2])
            if in_ram:
                failed += 1
                print(f"FAIL frozen images outside flash: {in_ram[:5]}")
            else:
                print("ok   firmware: frozen images, their table and interned names in flash")
    print(f"freeze tests: {'all passed' if not failed else f'{failed} failed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
