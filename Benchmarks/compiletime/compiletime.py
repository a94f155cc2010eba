#!/usr/bin/env python3
"""Compile time and peak memory against program size.

Generates programs of growing size (one function of N calls, module bodies
of N lines, a table module, 10 MB of `x=1`, a 65,536-item list display),
compiles each with `mpy-native compile` in bytecode and native mode at -O0
and -O2, and prints wall and CPU time and peak RSS per compile, the growth factor
per size step, and a verdict per series and mode: linear within a factor
of 2 when the CPU time per line at the largest size is at most twice that
at the smallest. Peak memory must stay below 2 GB.

    Benchmarks/compiletime/compiletime.py --binary .build/release/mpy-native
    Benchmarks/compiletime/compiletime.py --quick      # small sizes, about a minute
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

MODES = [("bytecode", ["--emit", "bytecode"]), ("native -O0", ["--emit", "native", "-O0"]),
         ("native -O2", ["--emit", "native", "-O2"])]


def calls(n):
    lines = ["def f(x):", "    return x", "", "def g():"]
    lines += ["    f(%d)" % i for i in range(n)]
    lines += ["", "g()"]
    return lines


def body(n):
    return ["x%d = %d + y" % (i % 100, i) if i else "y = 1" for i in range(n)]


def table(n):
    return ["TABLE = {"] + ["    %d: ('name%d', %d, %d.5)," % (i, i, i * 3, i) for i in range(n)] + ["}"]


def assign(size):
    return ["x=1"] * (size // 4)


def big_list(n):
    return ["L = [" + ", ".join(str(i) for i in range(n)) + "]", "print(len(L))"]


# (series, [(size label, line count, generator)])
def series(quick):
    if quick:
        return [
            ("function of N calls", [(n, n, lambda n=n: calls(n)) for n in (250, 1000)]),
            ("module body of N lines", [(n, n, lambda n=n: body(n)) for n in (1000, 10000)]),
            ("table module, N entries", [(500, 500, lambda: table(500))]),
            ("list display, N items", [(65536, 1, lambda: big_list(65536))]),
        ]
    return [
        ("function of N calls", [(n, n, lambda n=n: calls(n)) for n in (1000, 4000, 16000)]),
        ("module body of N lines", [(n, n, lambda n=n: body(n)) for n in (10000, 100000)]),
        ("table module, N entries", [(5000, 5000, lambda: table(5000))]),
        ("x=1, N MB", [(10, 10 * 1024 * 1024 // 4, lambda: assign(10 * 1024 * 1024))]),
        ("list display, N items", [(65536, 1, lambda: big_list(65536))]),
    ]


def measure(cmd, timeout):
    """Wall seconds, CPU seconds (user + system), peak RSS in MB and exit
    status of one child. Growth and verdicts use CPU time, which other
    jobs on a shared machine do not inflate."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            p.kill()
            pid, status, usage = os.wait4(p.pid, 0)
            return time.monotonic() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, "timeout"
        time.sleep(0.02)
    wall = time.monotonic() - start
    err = p.stderr.read().decode(errors="replace").strip().splitlines()
    p.stderr.close()
    rc = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, "ok" if rc == 0 else "exit %d: %s" % (rc, (err or [""])[0][:60])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=".build/debug/mpy-native")
    ap.add_argument("--quick", action="store_true", help="small sizes only (CI)")
    ap.add_argument("--arch", default="x64")
    ap.add_argument("--timeout", type=float, default=600)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    failures = []
    rows = []
    print("%-24s %8s  %-10s %10s %10s %9s" % ("series", "N", "mode", "wall", "cpu", "peak"))
    with tempfile.TemporaryDirectory(prefix="mpy-compiletime-") as tmp:
        for name, sizes in series(args.quick):
            results = {}
            for size, lines, make in sizes:
                path = os.path.join(tmp, "prog_%d.py" % len(rows))
                with open(path, "w") as f:
                    f.write("\n".join(make()) + "\n")
                for mode, flags in MODES:
                    cmd = [binary, "compile", path, "--arch", args.arch, "-o", path + ".o"] + flags
                    wall, cpu, rss, status = measure(cmd, args.timeout)
                    prev = results.get(mode)
                    growth = ""
                    if prev and status == "ok" and prev[3] == "ok":
                        growth = "%.1fx time, %.1fx memory for %.0fx size" % (cpu / prev[1], rss / prev[2],
                                                                            lines / prev[0])
                    results[mode] = (lines, cpu, rss, status)
                    rows.append((name, size, mode, cpu, rss, status, growth))
                    print("%-24s %8s  %-10s %8.2f s %8.2f s %6.0f MB  %-8s %s" % (name, size, mode, wall, cpu, rss,
                                                                                  status, growth), flush=True)
                    if status != "ok":
                        failures.append("%s %s %s: %s" % (name, size, mode, status))
                    if rss > 2048:
                        failures.append("%s %s %s: peak memory %.0f MB above 2 GB" % (name, size, mode, rss))
            # Verdict: time per line at the largest size against the smallest.
            if len(sizes) > 1:
                for mode, _ in MODES:
                    first = next(r for r in rows if r[0] == name and r[2] == mode)
                    last = [r for r in rows if r[0] == name and r[2] == mode][-1]
                    if first[5] != "ok" or last[5] != "ok":
                        continue
                    n0 = sizes[0][1]
                    n1 = sizes[-1][1]
                    ratio = (last[3] / n1) / (first[3] / n0)
                    verdict = "linear" if ratio <= 2 else "SUPERLINEAR"
                    print("  %-10s cpu time per line x%.2f from %d to %d lines: %s" % (mode, ratio, n0, n1, verdict))
                    if ratio > 2:
                        failures.append("%s %s: time per line grows %.2fx" % (name, mode, ratio))
    print()
    if failures:
        print("FAIL:\n  " + "\n  ".join(failures))
        return 1
    print("PASS: every series linear within a factor of 2, peak memory below 2 GB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
