#!/usr/bin/env python3
"""deflate against CPython's zlib and gzip, both ways, on seeded inputs.

1. Our DeflateIO compresses every input in every format (RAW, ZLIB, GZIP)
   and window (wbits 0, 5, 8, 9, 12, 15), written whole or in uneven
   pieces; CPython decompresses each and must get the input back.
2. CPython compresses every input at levels 0, 1, 6, 9, with the
   Huffman-only, RLE and fixed strategies, raw, zlib and gzip; our
   DeflateIO decompresses each (whole, and in small reads) and must print
   the input's length and checksum.

Inputs (the same on both sides, from one seeded generator): empty, one
byte, text, runs, low-entropy and random bytes, up to 70,000 bytes.

Usage: Tests/libfuzz/deflate_cpython.py [--binary PATH] [--arch ARCH] [--emit MODE] [--seed N]
(MPY_NATIVE_ROOT as for the other runners). Ends with
`deflate-cpython: N passed, M failed`.
"""
import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import zlib

# The generator, as text: it runs under CPython and under mpy-native.
GEN = r'''
def inputs(seed):
    x = seed
    def rnd():
        nonlocal x
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        return x >> 8
    text = b"It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife.\n"
    out = [b"", b"a", b"hello", text, text * 40, b"\x00" * 3000, b"ab" * 700]
    for n in (10, 300, 5000, 70000):
        out.append(bytes(rnd() & 255 for i in range(n)))
    for n in (1000, 40000):
        out.append(bytes(97 + (rnd() & 3) for i in range(n)))
    words = [b"deflate", b"window", b"match", b"literal", b"huffman", b" ", b"\n", b"stream"]
    b = bytearray()
    while len(b) < 50000:
        b += words[rnd() % len(words)]
    out.append(bytes(b))
    return out
'''

COMPRESS = GEN + r'''
import deflate, io
for i, data in enumerate(inputs(SEED)):
    for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
        for wbits in (0, 5, 8, 9, 12, 15):
            b = io.BytesIO()
            g = deflate.DeflateIO(b, fmt, wbits)
            if (i + wbits) % 2:
                g.write(data)
            else:
                # Nothing written means no stream at all (as MicroPython): b"" starts it.
                g.write(b"")
                p, step = 0, 1
                while p < len(data):
                    g.write(data[p:p + step])
                    p += step
                    step = step * 3 % 4099 + 1
            g.close()
            print(i, fmt, wbits, b.getvalue().hex())
'''

DECOMPRESS_HEAD = GEN + r'''
import deflate, io
def check(d):
    s = 0
    for c in d:
        s = (s * 31 + c) & 0xFFFFFFF
    return s
def run(name, fmt, wbits, packed):
    whole = deflate.DeflateIO(io.BytesIO(packed), fmt, wbits).read()
    g = deflate.DeflateIO(io.BytesIO(packed), fmt, wbits)
    parts = []
    while True:
        p = g.read(997)
        if not p:
            break
        parts.append(p)
    print(name, len(whole), check(whole), b"".join(parts) == whole)
'''


def checksum(d):
    s = 0
    for c in d:
        s = (s * 31 + c) & 0xFFFFFFF
    return s


def run_program(args, text, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, name)
        with open(path, "w") as f:
            f.write(text)
        cmd = [args.binary, "run"]
        if args.arch:
            cmd += ["--arch", args.arch]
        if args.emit:
            cmd += ["--emit", args.emit]
        r = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=1800)
        if r.returncode != 0:
            sys.stderr.write(r.stderr)
        return r.returncode, r.stdout.splitlines()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=".build/debug/mpy-native")
    ap.add_argument("--arch")
    ap.add_argument("--emit")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    ns = {}
    exec(GEN, ns)
    data = ns["inputs"](args.seed)
    passed = failed = 0

    # 1. Ours compresses, CPython decompresses.
    status, lines = run_program(args, COMPRESS.replace("SEED", str(args.seed)), "compress.py")
    want = len(data) * 3 * 6
    if status != 0 or len(lines) != want:
        print(f"FAIL compress program: status {status}, {len(lines)} of {want} lines")
        failed += 1
    sizes = {}
    for line in lines:
        i, fmt, wbits, hexdata = line.split(" ") + [""] * (4 - len(line.split(" ")))
        i, fmt, wbits = int(i), int(fmt), int(wbits)
        packed = bytes.fromhex(hexdata)
        try:
            if fmt == 1:
                got = zlib.decompress(packed, -max(wbits or 8, 9))
            elif fmt == 2:
                got = zlib.decompress(packed)
            else:
                got = gzip.decompress(packed)
        except Exception as e:  # noqa: BLE001
            got = e
        if got == data[i]:
            passed += 1
            if fmt == 1:
                sizes[(i, wbits)] = len(packed)
        else:
            failed += 1
            print(f"FAIL compress input {i} format {fmt} wbits {wbits}: {got!r:.80}")

    # 2. CPython compresses, ours decompresses.
    cases, expect = [], []
    for i, d in enumerate(data):
        for level in (0, 1, 6, 9):
            cases.append((f"z{i}L{level}", 2, 0, zlib.compress(d, level)))
        for strategy in (zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
            c = zlib.compressobj(6, zlib.DEFLATED, -15, 8, strategy)
            cases.append((f"r{i}S{strategy}", 1, 15, c.compress(d) + c.flush()))
        c = zlib.compressobj(9, zlib.DEFLATED, -10)
        cases.append((f"r{i}W10", 1, 10, c.compress(d) + c.flush()))
        cases.append((f"g{i}", 3, 0, gzip.compress(d, mtime=0)))
        cases.append((f"a{i}", 0, 0, zlib.compress(d)))
        # A zlib stream of a 512-byte window read with a larger one.
        c = zlib.compressobj(6, zlib.DEFLATED, 9)
        cases.append((f"z{i}W9", 2, 15, c.compress(d) + c.flush()))
        expect += [(d, name) for name, _, _, _ in cases[len(expect) :]]
    prog = DECOMPRESS_HEAD + "".join(
        f"run({name!r}, {fmt}, {wbits}, bytes.fromhex('{p.hex()}'))\n" for name, fmt, wbits, p in cases
    )
    status, lines = run_program(args, prog, "decompress.py")
    if status != 0 or len(lines) != len(cases):
        print(f"FAIL decompress program: status {status}, {len(lines)} of {len(cases)} lines")
        failed += 1
    for line, (d, name) in zip(lines, expect):
        if line == f"{name} {len(d)} {checksum(d)} True":
            passed += 1
        else:
            failed += 1
            print(f"FAIL decompress {name}: {line}")

    total_in = sum(len(data[i]) for i, _ in sizes if _ == 15)
    total_out = sum(v for (i, w), v in sizes.items() if w == 15)
    if total_in:
        print(f"ratio (RAW, wbits 15, all inputs): {total_out}/{total_in} = {total_out / total_in:.3f}")
    print(f"deflate-cpython: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
