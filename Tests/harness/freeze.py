#!/usr/bin/env python3
"""Frozen modules end to end (Tests/freeze): firmware built from a manifest
whose package mixes bytecode, native and viper modules, run on the host and
under QEMU on both boards and judged by the output contract (contract.py)
against CPython, run with -O since the package is frozen at opt=1, with the
frozen folders on PYTHONPATH; the heap cost of importing frozen modules
(Tests/freeze/heap/heap_app.py asserts it grows with functions and globals,
not with code size, and prints the figures); a program importing asyncio
(carried by the compiler) beside the frozen image; and `mpy-native freeze`
writing one object with every module image and the frozen-module table.

Usage: Tests/harness/freeze.py [--binary PATH] [--arch ARCH ...]
Ends with `freeze tests: N passed, M failed`.
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from harness import contract  # noqa: E402

FREEZE = os.path.join(contract.TESTS, "freeze")
NM = "/usr/lib/llvm-19/bin/llvm-nm"
TIMEOUT = 180


def output(p):
    return "    " + (p.text[-1500:] + p.stderr[-1500:]).replace("\n", "\n    ")


def nm(path, cwd):
    return subprocess.run([NM, path], cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT).stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=contract.DEFAULT_BINARY)
    ap.add_argument("--arch", action="append", help="x64, armv7m, armv7emsp (default: all three)")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    arches = args.arch or ["x64", "armv7m", "armv7emsp"]
    report = contract.Report("freeze tests")

    frozen_path = [os.path.join(FREEZE, "lib"), os.path.join(FREEZE, "extra")]
    want = contract.run_cpython(os.path.join(FREEZE, "app.py"), TIMEOUT, ["-O"], frozen_path)
    if want.status != 0:
        report.fail(f"CPython on Tests/freeze/app.py ({want.status_line()})", [output(want)])
        return report.finish()
    runs = [(a, {}) for a in arches] + ([("x64", {"MPY_GC_STRESS": "1"})] if "x64" in arches else [])
    for arch, env in runs:
        what = f"app.py with manifest.py on {arch}" + (" (GC stress)" if env else "")
        got = contract.run_ours(binary, os.path.join(FREEZE, "app.py"), ["--arch", arch, "--manifest", "manifest.py"],
                                TIMEOUT, env)
        found = contract.problems(want, got)
        if found:
            report.fail(what + ": differs from CPython's run", found)
        else:
            report.ok(what)

    # asyncio (carried by the compiler) beside the frozen image.
    want_asyncio = "([None, None], [('a', 32), ('b', 32), ('a', 50), ('b', 50), ('b', 68)])\n"
    for arch in arches:
        p = contract.run_ours(binary, os.path.join(FREEZE, "asyncio_app.py"),
                              ["--arch", arch, "--manifest", "manifest.py"], TIMEOUT)
        if p.status != 0 or p.text != want_asyncio:
            report.fail(f"asyncio_app.py with manifest.py on {arch} ({p.status_line()})", [output(p)])
        else:
            report.ok(f"asyncio_app.py with manifest.py on {arch}")

    heap_dir = os.path.join(FREEZE, "heap")
    for arch in arches:
        p = contract.run_ours(binary, os.path.join(heap_dir, "heap_app.py"), ["--arch", arch, "--manifest", "manifest.py"],
                              TIMEOUT)
        if p.status != 0 or not p.stdout.endswith(b"ok\n"):
            report.fail(f"heap_app.py on {arch} ({p.status_line()})", [output(p)])
            continue
        report.ok(f"heap cost of frozen imports on {arch}:")
        for line in p.text.splitlines():
            if line.startswith(("heap bytes", "per function")):
                print("       " + line)

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "frozen.o")
        p = contract.run([binary, "freeze", "manifest.py", "--arch", "armv7m", "-o", out], FREEZE, TIMEOUT)
        if p.status != 0:
            report.fail(f"mpy-native freeze ({p.status_line()})", [output(p)])
        else:
            syms = nm(out, tmp).split()
            need = ["mpy_frozen_table"] + ["mpy_frozen_module." + m for m in
                                           ("sensors", "sensors.calib", "sensors.filters", "sensors.fast", "units")]
            missing = [s for s in need if s not in syms]
            if missing or "mpy_module_table" in syms:
                report.fail(f"frozen.o: missing {missing}" +
                            (" (and it defines mpy_module_table)" if "mpy_module_table" in syms else ""))
            else:
                report.ok("mpy-native freeze: one object with the frozen table and every module image")
        # In the firmware, the frozen images and the table are in flash
        # (0x00000000-0x003FFFFF on both boards), not in SRAM.
        elf = os.path.join(tmp, "app.elf")
        p = contract.run([binary, "build", "--arch", "armv7m", "--manifest", "manifest.py", "app.py", "-o", elf], FREEZE,
                         TIMEOUT)
        if p.status != 0:
            report.fail(f"mpy-native build --manifest ({p.status_line()})", [output(p)])
        else:
            in_ram = []
            for line in nm(elf, tmp).splitlines():
                parts = line.split()
                if len(parts) == 3 and (parts[2].startswith("mpy_frozen") or parts[2].startswith(".Lmpy.sensors")
                                        or parts[2].startswith("mpy.str.")) and int(parts[0], 16) >= 0x00400000:
                    in_ram.append(parts[2])
            if in_ram:
                report.fail(f"frozen images outside flash: {in_ram[:5]}")
            else:
                report.ok("firmware: frozen images, their table and interned names in flash")
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
