#!/usr/bin/env python3
"""The re fuzzer: random patterns and subjects, run inside our runtime.

    fuzz_re.py --binary B --count N --seed S [--arch x64|armv7m|armv7emsp]
               [--emit bytecode|native] [--sanitize] [--timeout T]

Writes one Python program that, inside the runtime, draws N patterns from
an in-program PRNG (input k depends only on (seed, k)): most are built
from the supported syntax (literals, ., classes, \\d \\w \\s and their
negations, groups, (?:...), anchors, \\b, alternation, greedy and lazy
* + ? and counted repetition), the rest are random garbage or a valid one
mutated. Each is compiled and, with a few random subjects, searched,
matched, fully matched, substituted, split and findall'ed, catching the
exceptions allowed: re.error (a bad pattern), RuntimeError (the
backtracking limit) and MemoryError. Anything else escaping, a crash, a
sanitizer report (--sanitize: the runtime built with ASan+UBSan, as
Tests/harness/sanitizers.py) or no progress line for T seconds (a hang)
fails.

Differential: every input built from the syntax that CPython shares is
also printed with our results; this script checks them against CPython's
`re` (a case CPython itself takes over a second on, a catastrophic
pattern, is skipped) and reports the agreement.

Ends with `fuzz re: N inputs, K rejected, C crashes` and
`fuzz re differential: M compared, A agree, D disagree` (exit status 1 on
a crash, a hang or a disagreement).
"""
import argparse
import ast
import os
import re
import signal
import sys
import tempfile
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "apifuzz"))
import apifuzz  # noqa: E402  (Target: build and run, sanitized runtime)

PROGRAM = r'''
import re

SEED = %(seed)d
COUNT = %(count)d
START = %(start)d


class Rng:
    def __init__(self, seed):
        self.x = (seed * 2654435761 + 12345) & 0x7FFFFFFF or 1

    def next(self):
        x = self.x
        x ^= (x << 13) & 0x7FFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0x7FFFFFFF
        self.x = x or 1
        return self.x

    def below(self, n):
        return self.next() %% n

    def pick(self, seq):
        return seq[self.next() %% len(seq)]


LITS = ["a", "a", "b", "b", "c", " ", "1", "_", "\u00e9", "\\n", "\\.", "\\-", "x"]
CLASSES = ["[ab]", "[^a]", "[a-c]", "[^\\s]", "[\\d_]", "[b-]", "[.]", "[\u00e9a]", "[^ab\\n]", "[\\w\\s]"]
ATOMS0 = [".", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S"]
ASSERTS = ["^", "$", "\\b", "\\B", "\\A", "\\Z"]
QUANTS = ["*", "+", "?", "*?", "+?", "??", "{2}", "{0,2}", "{1,}", "{,2}", "{1,3}?", "{0}"]
GARBAGE = "ab()[]{}*+?|^$\\.,-:P<>=!0123x"


def gen(r, depth, groups):
    """A pattern of the shared syntax; groups counts capturing groups made."""
    parts = []
    for _ in range(1 + r.below(4)):
        k = r.below(20)
        if k < 7:
            a = r.pick(LITS)
        elif k < 9:
            a = r.pick(CLASSES)
        elif k < 11:
            a = r.pick(ATOMS0)
        elif k < 13 and depth < 4:
            groups[0] += 1
            a = "(" + gen(r, depth + 1, groups) + ")"
            groups[1] = groups[0]
        elif k < 14 and depth < 4:
            a = "(?:" + gen(r, depth + 1, groups) + ")"
        elif k < 15:
            parts.append(r.pick(ASSERTS))
            continue
        elif k < 16 and groups[1] > 0:
            a = "\\%%d" %% (1 + r.below(groups[1]))
        else:
            a = r.pick(LITS)
        if r.below(3) == 0:
            a += r.pick(QUANTS)
        parts.append(a)
    s = "".join(parts)
    if r.below(6) == 0:
        s += "|" + gen(r, depth + 1, groups) if depth < 4 else ""
    return s


def garbage(r):
    return "".join(r.pick(GARBAGE) for _ in range(r.below(12)))


def mutate(r, p):
    if not p:
        return garbage(r)
    i = r.below(len(p))
    k = r.below(3)
    if k == 0:
        return p[:i] + p[i + 1:]
    if k == 1:
        return p[:i] + r.pick(GARBAGE) + p[i:]
    return p[:i] + r.pick(GARBAGE) + p[i + 1:]


SUBJ = "aabbc 1_\u00e9\nxa"


def subject(r):
    return "".join(r.pick(SUBJ) for _ in range(r.below(14)))


def results(cp, s):
    m = cp.search(s)
    out = [None if m is None else (m.span(), m.groups())]
    m = cp.match(s)
    out.append(None if m is None else m.span())
    m = cp.fullmatch(s)
    out.append(None if m is None else m.span())
    out.append(cp.findall(s))
    out.append(cp.sub("<\\g<0>>", s))
    out.append(cp.split(s))
    return out


def run():
    rejected = 0
    limited = 0
    for k in range(START, START + COUNT):
        r = Rng(SEED * 1000003 + k)
        kind = r.below(10)
        groups = [0, 0]
        p = gen(r, 0, groups)
        shared = kind < 7
        if kind == 7:
            p = garbage(r)
        elif kind >= 8:
            p = mutate(r, p)
        if r.below(8) == 0:
            flags = r.pick([re.I, re.M, re.S, re.I | re.M])
        else:
            flags = 0
        subjects = [subject(r) for _ in range(3)]
        try:
            cp = re.compile(p, flags)
        except re.error:
            rejected += 1
            if shared:
                print("D", repr(p), flags, repr(subjects), "E")
            continue
        rows = []
        for s in subjects:
            try:
                rows.append(results(cp, s))
            except RuntimeError:
                rows.append("R")
                limited += 1
            except MemoryError:
                rows.append("M")
        if shared:
            print("D", repr(p), flags, repr(subjects), repr(rows))
        if k %% 500 == 0:
            print("P", k)
    print("DONE", COUNT, rejected, limited)


run()
'''


class Cancel(Exception):
    pass


def on_alarm(sig, frame):
    raise Cancel()


def cpython_rows(p, flags, subjects):
    """CPython's results, in the program's format ("E" a bad pattern);
    None when CPython takes too long (a catastrophic pattern)."""
    try:
        cp = re.compile(p, flags)
    except re.error:
        return "E"
    rows = []
    for s in subjects:
        signal.setitimer(signal.ITIMER_REAL, 1.0)
        try:
            m = cp.search(s)
            row = [None if m is None else (m.span(), m.groups())]
            m = cp.match(s)
            row.append(None if m is None else m.span())
            m = cp.fullmatch(s)
            row.append(None if m is None else m.span())
            row.append(cp.findall(s))
            row.append(cp.sub("<\\g<0>>", s))
            row.append(cp.split(s))
            rows.append(row)
        except Cancel:
            return None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--arch", default="x64", choices=["x64", "armv7m", "armv7emsp"])
    ap.add_argument("--emit", default="bytecode", choices=["bytecode", "native"])
    ap.add_argument("--sanitize", action="store_true", help="runtime under ASan+UBSan (host)")
    ap.add_argument("--batch", type=int, default=0, help="inputs per run (default: all in one run)")
    ap.add_argument("--timeout", type=float, default=0, help="seconds without progress that count as a hang")
    o = ap.parse_args()
    o.heap = None
    o.gc_stress = False
    board = o.arch != "x64"
    o.timeout = o.timeout or (120 if board else (60 if o.sanitize else 20))
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGALRM, on_alarm)
    t0 = time.time()
    work = tempfile.mkdtemp(prefix="fuzz-re-")
    target = apifuzz.Target(o, work)
    batch = o.batch or o.count
    inputs = rejected = limited = crashes = 0
    compared = agree = skipped = 0
    shown = 0
    for start in range(0, o.count, batch):
        n = min(batch, o.count - start)
        src = os.path.join(work, "fuzz_re_%d.py" % start)
        with open(src, "w") as f:
            f.write(PROGRAM % {"seed": o.seed, "count": n, "start": start})
        exe = target.build(src, "fuzz_re_%d" % start)
        status, lines, err = target.run(exe, [], o.timeout)
        done = [ln for ln in lines if ln.startswith("DONE")]
        if status is None or status != 0 or not done or "Sanitizer" in err or "runtime error" in err:
            crashes += 1
            last = [ln for ln in lines if ln.startswith("P")][-1:] or ["P (none)"]
            why = "hang" if status is None else "status %s" % status
            print("FAIL fuzz re: %s in inputs %d..%d (last progress %s)" % (why, start, start + n - 1, last[0].strip()))
            print("  " + "\n  ".join(err.strip().splitlines()[-6:]))
            continue
        _, cnt, rej, lim = done[0].split()
        inputs += int(cnt)
        rejected += int(rej)
        limited += int(lim)
        for ln in lines:
            if not ln.startswith("D "):
                continue
            _, rest = ln.split(" ", 1)
            # "D <pattern repr> <flags> <subjects repr> <rows repr or E>"
            p_repr, rest = split_repr(rest)
            flags_s, rest = rest.split(" ", 1)
            subj_repr, ours_s = split_repr(rest)
            p = ast.literal_eval(p_repr)
            subjects = ast.literal_eval(subj_repr)
            ours_s = ours_s.strip()
            ours = "E" if ours_s == "E" else ast.literal_eval(ours_s)
            theirs = cpython_rows(p, int(flags_s), subjects)
            if theirs is None or (ours != "E" and any(row in ("R", "M") for row in ours)):
                skipped += 1
                continue
            compared += 1
            if norm(ours) == norm(theirs):
                agree += 1
            elif shown < 10:
                shown += 1
                print("DIFF %r flags=%s subjects=%r\n  ours:    %r\n  CPython: %r" % (p, flags_s, subjects, ours, theirs))
    dis = compared - agree
    print("fuzz re: %d inputs, %d rejected, %d crashes (%d hit the backtracking limit; %.1f s)" % (
        inputs, rejected, crashes, limited, time.time() - t0))
    print("fuzz re differential: %d compared, %d agree, %d disagree, %d skipped (CPython too slow or our limit)" % (
        compared, agree, dis, skipped))
    sys.exit(1 if crashes or dis else 0)


def norm(v):
    """Tuples and lists alike (repr round trip)."""
    if isinstance(v, (list, tuple)):
        return [norm(x) for x in v]
    return v


def split_repr(s):
    """The leading Python literal of s (a str or list repr) and the rest."""
    for i in range(1, len(s) + 1):
        if i < len(s) and s[i] != " ":
            continue
        try:
            v = ast.literal_eval(s[:i])
        except Exception:
            continue
        return s[:i], s[i + 1:]
    raise ValueError("no literal in %r" % s[:80])


if __name__ == "__main__":
    main()
