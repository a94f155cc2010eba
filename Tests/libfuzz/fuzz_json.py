#!/usr/bin/env python3
"""Fuzzes the runtime's json module from inside the runtime.

Writes one Python program (PROGRAM below) to a temporary directory and runs
it with `mpy-native run` in batches; each batch makes inputs START ..
START+COUNT-1 of the seed. Input k depends only on (seed, k): the program's
own small PRNG is seeded from both, so a failing input is made again alone
with `--first k --count 1`. Inputs are, by k:

  - valid documents written as text (random whitespace, escapes, number
    forms, nesting): loads must accept them;
  - those documents mutated (bytes deleted, inserted, replaced, truncated,
    repeated): loads may accept or reject;
  - random text and random bytes;
  - random Python values, some with leaves JSON cannot hold or cycles,
    given to dumps;
  - now and then nesting tens of thousands deep.

Every accepted document is dumped again and must round-trip
(dumps(loads(dumps(x))) == dumps(x)). Only ValueError (JSONDecodeError,
UnicodeDecodeError), TypeError, RecursionError and MemoryError may be raised;
anything else, a valid document rejected, a round trip that changes, a
crash, a sanitizer report or a batch past its timeout is a failure.

Usage: Tests/libfuzz/fuzz_json.py --binary B --count N --seed S
       [--arch armv7m|armv7emsp] [--emit native] [--batch K] [--first K]
       [--timeout SECONDS] [--sanitize]
--sanitize links the program with the runtime built with ASan+UBSan (as
Tests/harness/sanitizers.py; host only). Prints
`fuzz json: N inputs, K rejected, 0 crashes` and exits 0 when all is well.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PROGRAM = r'''
import sys
import json

SEED = int(sys.argv[1])
FIRST = int(sys.argv[2])
COUNT = int(sys.argv[3])
VERBOSE = len(sys.argv) > 4

M = 0x3FFFFFFF  # 30-bit state: small ints on every target


class Rng:
    def __init__(self, seed, k):
        self.s = ((seed * 40503 + k * 9973 + 12345) & M) or 1
        for _ in range(4):
            self.next()

    def next(self):
        s = self.s
        s ^= (s << 7) & M
        s ^= s >> 11
        s ^= (s << 3) & M
        self.s = s & M or 1
        return self.s

    def below(self, n):
        return self.next() % n

    def chance(self, percent):
        return self.next() % 100 < percent


WS = " \t\n\r"
ESC = ['\\"', "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"]
PLAIN = "abcXYZ019 _-+.,:;[]{}#~'!?"
WIDE = "\u00e9\u00ff\u0100\u07ff\u0800\u20ac\uffee\U0001f600\U0010ffff"
NAMES = ("null", "true", "false", "NaN", "Infinity", "-Infinity")


def ws(r):
    if not r.chance(30):
        return ""
    return "".join(WS[r.below(4)] for _ in range(1 + r.below(3)))


def hex4(r, lo, hi):
    return "\\u" + ("%04x" % (lo + r.below(hi - lo)) if r.chance(50) else "%04X" % (lo + r.below(hi - lo)))


def string_text(r):
    parts = ['"']
    for _ in range(r.below(12)):
        c = r.below(10)
        if c < 4:
            parts.append(PLAIN[r.below(len(PLAIN))])
        elif c < 6:
            parts.append(ESC[r.below(len(ESC))])
        elif c == 6:
            parts.append(WIDE[r.below(len(WIDE))])
        elif c == 7:
            parts.append(hex4(r, 0, 0x10000))
        elif c == 8:
            parts.append(hex4(r, 0xD800, 0xDC00) + hex4(r, 0xDC00, 0xE000))
        else:
            parts.append(hex4(r, 0, 0x80))
    parts.append('"')
    return "".join(parts)


def digits(r, n):
    return "".join("0123456789"[r.below(10)] for _ in range(n))


def number_text(r):
    s = "-" if r.chance(30) else ""
    if r.chance(20):
        s += "0"
    else:
        s += "123456789"[r.below(9)] + digits(r, r.below(25 if r.chance(10) else 6))
    if r.chance(40):
        s += "." + digits(r, 1 + r.below(8))
    if r.chance(25):
        s += "eE"[r.below(2)] + ("", "+", "-")[r.below(3)] + digits(r, 1 + r.below(3))
    return s


def value_text(r, depth):
    c = r.below(10)
    if depth > 6 or c < 4:
        k = r.below(4)
        if k == 0:
            return NAMES[r.below(len(NAMES))]
        if k == 1:
            return number_text(r)
        return string_text(r)
    n = r.below(5)
    if c < 7:
        items = [ws(r) + value_text(r, depth + 1) + ws(r) for _ in range(n)]
        return "[" + ",".join(items) + "]" if n else "[" + ws(r) + "]"
    items = [ws(r) + string_text(r) + ws(r) + ":" + ws(r) + value_text(r, depth + 1) + ws(r) for _ in range(n)]
    return "{" + ",".join(items) + "}" if n else "{" + ws(r) + "}"


JUNK = '[]{},:"\\/0123456789.-+eEu ntfaNI\x00\x01\x1f\x7f\u00e9\u20ac\U0001f600'


def mutate(r, s):
    for _ in range(1 + r.below(4)):
        p = r.below(len(s) + 1)
        op = r.below(6)
        if op == 0:
            s = s[:p] + s[p + 1 :]
        elif op == 1:
            s = s[:p] + JUNK[r.below(len(JUNK))] + s[p:]
        elif op == 2:
            s = s[:p] + JUNK[r.below(len(JUNK))] + s[p + 1 :]
        elif op == 3:
            s = s[:p]
        elif op == 4:
            q = p + r.below(8)
            s = s[:q] + s[p:q] + s[q:]
        else:
            s = s[p:] + s[:p]
    return s


def random_text(r):
    return "".join(JUNK[r.below(len(JUNK))] for _ in range(r.below(40)))


def random_bytes(r):
    return bytes(r.below(256) for _ in range(r.below(40)))


class Odd:
    pass


def random_value(r, depth):
    c = r.below(16)
    if depth > 4 or c < 6:
        k = r.below(12)
        if k == 0:
            return None
        if k == 1:
            return r.chance(50)
        if k == 2:
            return r.next() - (M >> 1)
        if k == 3:
            return (r.next() << 40) * (1 if r.chance(50) else -1)
        if k == 4:
            return (r.next() - (M >> 1)) / (1 + r.below(1000))
        if k == 5:
            return (float("inf"), float("-inf"), float("nan"), -0.0, 1e308, 5e-324)[r.below(6)]
        if k == 6:
            return "".join(chr(r.below(0x30000) if r.chance(20) else 32 + r.below(95)) for _ in range(r.below(8)))
        if k == 7:
            return (b"x", {1}, 1j, Odd(), len, range(2))[r.below(6)] if r.chance(10) else "s"
        return r.below(100)
    n = r.below(5)
    if c < 10:
        items = [random_value(r, depth + 1) for _ in range(n)]
        return items if r.chance(70) else tuple(items)
    d = {}
    for _ in range(n):
        k = r.below(10)
        if k < 5:
            key = "k%d" % r.below(20)
        elif k == 5:
            key = r.below(50) - 25
        elif k == 6:
            key = (None, True, False, 1.5, float("nan"))[r.below(5)]
        elif k == 7 and r.chance(20):
            key = (b"k", (1, 2), frozenset())[r.below(3)]
        else:
            key = chr(r.below(0x11000))
        d[key] = random_value(r, depth + 1)
    return d


ALLOWED = (ValueError, TypeError, RecursionError, MemoryError)
counts = {"accepted": 0, "rejected": 0, "failures": 0}
reasons = {}


def fail(k, what, doc):
    counts["failures"] += 1
    print("FAIL", k, what, repr(doc)[:300])


def check_roundtrip(k, x, doc):
    try:
        d1 = json.dumps(x)
        d2 = json.dumps(json.loads(d1))
    except ALLOWED as e:
        if isinstance(e, (RecursionError, MemoryError)):
            return
        fail(k, "round trip raised " + type(e).__name__, doc)
        return
    if d1 != d2:
        fail(k, "round trip changed", doc)


def load(k, doc, must_accept):
    try:
        x = json.loads(doc)
    except ALLOWED as e:
        name = type(e).__name__
        if must_accept and name not in ("RecursionError", "MemoryError"):
            fail(k, "valid document rejected: " + name + " " + str(e), doc)
            return
        counts["rejected"] += 1
        reasons[name] = reasons.get(name, 0) + 1
        return
    except Exception as e:
        fail(k, "unexpected " + type(e).__name__, doc)
        return
    counts["accepted"] += 1
    check_roundtrip(k, x, doc)


def dump(k, x):
    if k % 7 == 0 and isinstance(x, list):
        x.append(x)  # a cycle
    try:
        s = json.dumps(x, separators=(",", ":") if k % 3 == 0 else None)
    except ALLOWED as e:
        counts["rejected"] += 1
        name = "dumps " + type(e).__name__
        reasons[name] = reasons.get(name, 0) + 1
        return
    except Exception as e:
        fail(k, "dumps: unexpected " + type(e).__name__, "")
        return
    counts["accepted"] += 1
    check_roundtrip(k, json.loads(s), s)


def one(k):
    r = Rng(SEED, k)
    kind = r.below(100)
    if kind < 30:
        doc = ws(r) + value_text(r, 0) + ws(r)
        load(k, doc, True)
        if r.chance(30):
            load(k, doc.encode(), True)
    elif kind < 65:
        load(k, mutate(r, value_text(r, 0)), False)
    elif kind < 75:
        load(k, random_text(r), False)
    elif kind < 82:
        load(k, random_bytes(r), False)
    elif kind < 99:
        dump(k, random_value(r, 0))
    else:
        n = 1 + r.below(40000)
        open_, close = ("[", "]") if r.chance(50) else ('{"a":', "}")
        doc = open_ * n + ("1" if open_ != "[" else "") + close * (n if r.chance(80) else r.below(n))
        load(k, doc, False)


for k in range(FIRST, FIRST + COUNT):
    if VERBOSE:
        print("input", k)
    one(k)
print("reasons", sorted(reasons.items()))
print("summary", COUNT, counts["accepted"], counts["rejected"], counts["failures"])
'''

SANITIZER_REPORT = re.compile(r"ERROR: AddressSanitizer|runtime error:|UndefinedBehaviorSanitizer")


def build_sanitized(binary, work, prog):
    """The program linked with the ASan+UBSan runtime, as sanitizers.py does."""
    sys.path.insert(0, os.path.join(ROOT, "Tests"))
    from harness import sanitizers

    lib = sanitizers.build_runtime(os.environ.get("SAN_CC", "gcc"), work, os.cpu_count() or 2)
    if lib is None:
        sys.exit("fuzz json: the runtime does not compile with the sanitizers")
    r = subprocess.run([binary, "build", prog, "--objects", os.path.join(work, "obj")], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("fuzz json: compile failed:\n" + r.stderr[-2000:])
    exe = os.path.join(work, "fuzz_json_san")
    r = subprocess.run([os.environ.get("SAN_CC", "gcc"), *sanitizers.CFLAGS, *r.stdout.split(), lib, "-lm", "-o", exe],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("fuzz json: link failed:\n" + r.stderr[-2000:])
    return exe, sanitizers.RUN_ENV


def main():
    ap = argparse.ArgumentParser(description="Fuzz the runtime's json module.")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "mpy-native"))
    ap.add_argument("--count", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--first", type=int, default=0, help="first input number (to make one again)")
    ap.add_argument("--arch", default=None)
    ap.add_argument("--emit", default=None)
    ap.add_argument("--batch", type=int, default=None, help="inputs per run (default 20000 host, 2000 boards)")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--sanitize", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="print each input number (to find a crash)")
    args = ap.parse_args()
    board = args.arch not in (None, "x64", "x86_64")
    if args.sanitize and board:
        sys.exit("fuzz json: --sanitize is for the host only")
    batch = args.batch or (2000 if board else 20000)
    work = tempfile.mkdtemp(prefix="fuzz-json.")
    prog = os.path.join(work, "fuzz_json_prog.py")
    with open(prog, "w") as f:
        f.write(PROGRAM)
    env = dict(os.environ)
    env.setdefault("MPY_NATIVE_ROOT", ROOT)
    cmd = [args.binary, "run"]
    if args.arch:
        cmd += ["--arch", args.arch]
    if args.emit:
        cmd += ["--emit", args.emit]
    cmd += [prog, "--"]
    if args.sanitize:
        exe, san_env = build_sanitized(args.binary, work, prog)
        cmd = [exe]
        env.update(san_env)
    start = time.monotonic()
    done = rejected = 0
    problems = []
    try:
        first = args.first
        while done < args.count:
            n = min(batch, args.count - done)
            argv = cmd + [str(args.seed), str(first), str(n)] + (["v"] if args.verbose else [])
            try:
                p = subprocess.run(argv, capture_output=True, text=True, timeout=args.timeout, env=env)
            except subprocess.TimeoutExpired:
                problems.append(f"inputs {first}..{first + n - 1}: timeout after {args.timeout}s (a hang)")
                break
            summary = re.search(r"^summary (\d+) (\d+) (\d+) (\d+)$", p.stdout, re.M)
            fails = [line for line in p.stdout.splitlines() if line.startswith("FAIL")]
            if p.returncode != 0 or summary is None or SANITIZER_REPORT.search(p.stderr) or fails:
                last = [line for line in p.stdout.splitlines() if line.startswith("input")][-1:]
                problems.append(f"inputs {first}..{first + n - 1}: exit status {p.returncode}"
                                + (f", last {last[0]}" if last else "")
                                + "\n" + "\n".join(fails[:20]) + "\n" + p.stderr[-3000:])
                break
            if int(summary.group(1)) != n:
                problems.append(f"inputs {first}..{first + n - 1}: the summary counts {summary.group(1)}")
                break
            rejected += int(summary.group(3))
            done += n
            first += n
    finally:
        shutil.rmtree(work, ignore_errors=True)
    took = time.monotonic() - start
    for p in problems:
        print("FAIL " + p)
    crashes = len(problems)
    print(f"fuzz json: {done} inputs, {rejected} rejected, {crashes} crashes ({took:.1f} s)")
    return 1 if crashes or done != args.count else 0


if __name__ == "__main__":
    sys.exit(main())
