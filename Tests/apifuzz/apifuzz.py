#!/usr/bin/env python3
"""The runtime API fuzzer's driver: calls every built-in function and every
method of every built-in type (the runtime lists them itself, see
fuzzprog.py) with arguments drawn from a pool of values of every type, and
fails on a crash, a sanitizer report, a hang, an exit that is not an
exception, or a MemoryError while the heap did not have to be full.

    apifuzz.py --calls N --seed S --emit bytecode|native --arch x64|armv7m|armv7emsp [--sanitize]

fuzzprog.py is built once per run (with the runtime built under
AddressSanitizer and UndefinedBehaviorSanitizer for --sanitize, as
Tests/harness/sanitizers.py does) and run on batches of calls. Call k is a
pure function of (seed, k): after a failure the batch resumes at k+1, the
call is made again alone, then a reproducer (a line or two of Python) is
built and run to confirm it. A MemoryError is checked against CPython: fine
when CPython also runs out of memory, overflows, times out or needs at
least an eighth of our heap; otherwise it is a failure. A hang that CPython
shares (it does not finish in 5 s either: math.factorial(2**30)) is listed
but is not a failure.

Ends with `apifuzz: N calls, T targets, K crashes, S sanitizer reports, H hangs`
and `N passed, M failed` (calls); exit status 1 on any failure.
"""
import argparse
import ast
import collections
import concurrent.futures
import hashlib
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROG = os.path.join(HERE, "fuzzprog.py")
QEMU = "/usr/bin/qemu-system-arm"
BOARDS = {"armv7m": ["-M", "mps2-an385", "-cpu", "cortex-m3"], "armv7emsp": ["-M", "mps2-an386", "-cpu", "cortex-m4"]}
HEAP = {"x64": 8 << 20, "armv7m": 5 << 19, "armv7emsp": 5 << 19}
SANITIZER = re.compile(r"ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer|UndefinedBehaviorSanitizer")
SANFLAGS = ["-fsanitize=address,undefined", "-fno-sanitize-recover=undefined", "-fno-omit-frame-pointer"]
SAN_ENV = {
    "ASAN_OPTIONS": "detect_stack_use_after_return=0:detect_leaks=0:abort_on_error=0",
    "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1",
}
FAULTS = (131, 134, 139)
MODULES = ("sys", "gc", "math", "struct", "array", "collections", "random", "time", "io", "micropython", "errno")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---- building and running the program ----


class Target:
    """Builds a program for one configuration and runs it with arguments."""

    def __init__(self, opts, work):
        self.o = opts
        self.work = work
        self.lib = None
        if opts.sanitize:
            if opts.arch != "x64":
                sys.exit("apifuzz: --sanitize is for --arch x64")
            self.lib = sanitized_runtime()

    def build(self, src, name):
        out = os.path.join(self.work, name)
        mode = ["--emit", self.o.emit, "--arch", self.o.arch]
        if self.o.heap:
            mode += ["--heap", str(self.o.heap)]
        if self.lib:
            objdir = out + ".obj"
            r = subprocess.run([self.o.binary, "build", src, "--objects", objdir] + mode, capture_output=True, text=True)
            if r.returncode != 0:
                raise RuntimeError("compile failed: " + r.stderr[-1500:])
            cflags = ["-std=c11", "-O1", "-g"] + SANFLAGS
            r = subprocess.run(["gcc"] + cflags + r.stdout.split() + [self.lib, "-lm", "-o", out], capture_output=True, text=True)
        else:
            r = subprocess.run([self.o.binary, "build", src, "-o", out] + mode, capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("build failed: " + r.stderr[-1500:])
        return out

    def command(self, exe, args):
        if self.o.arch == "x64":
            return [exe] + args
        port = "MPY_GC_STRESS=1" if self.o.gc_stress else "firmware"
        cmdline = ",".join("arg=" + a.replace(",", ",,") for a in [port] + args)
        return [QEMU] + BOARDS[self.o.arch] + ["-nographic", "-monitor", "none", "-serial", "none",
                                               "-semihosting-config", "enable=on,target=native," + cmdline, "-kernel", exe]

    def env(self):
        env = dict(os.environ)
        if self.lib:
            env.update(SAN_ENV)
        if self.o.gc_stress:
            env["MPY_GC_STRESS"] = "1"
        return env

    def run(self, exe, args, timeout, on_line=None):
        """Runs until exit or until `timeout` seconds pass without a line on
        stdout; returns (status or None on a hang, stdout lines, stderr)."""
        errf = tempfile.TemporaryFile()
        p = subprocess.Popen(self.command(exe, args), stdout=subprocess.PIPE, stderr=errf, stdin=subprocess.DEVNULL,
                             env=self.env(), start_new_session=True)
        lines = queue.Queue()

        def reader():
            for raw in p.stdout:
                lines.put(raw.decode("utf-8", "replace"))
            lines.put(None)

        threading.Thread(target=reader, daemon=True).start()
        out = []
        hung = False
        while True:
            try:
                line = lines.get(timeout=timeout)
            except queue.Empty:
                hung = True
                os.killpg(p.pid, signal.SIGKILL)
                break
            if line is None:
                break
            out.append(line)
            if on_line:
                on_line(line)
        rc = p.wait()
        errf.seek(0)
        err = errf.read().decode("utf-8", "replace")
        errf.close()
        return (None if hung else rc), out, err


def sanitized_runtime():
    """The runtime and the host port compiled with ASan+UBSan (gcc, as
    Tests/harness/sanitizers.py does), cached by the sources' hash."""
    srcs = sorted(os.path.join(ROOT, "Sources/MPYRuntime", f) for f in os.listdir(os.path.join(ROOT, "Sources/MPYRuntime"))
                  if f.endswith(".c"))
    srcs += sorted(os.path.join(ROOT, "Targets/x64", f) for f in os.listdir(os.path.join(ROOT, "Targets/x64"))
                   if f.endswith(".c"))
    # littlefs, where scripts/bootstrap.sh installed it (as the driver and sanitizers.py).
    lfs = os.environ.get("MPY_LITTLEFS_DIR", "/usr/local/share/mpy-native/littlefs")
    lfs_flags = []
    if os.path.exists(os.path.join(lfs, "lfs.c")):
        srcs.append(os.path.join(lfs, "lfs.c"))
        lfs_flags = ["-DMPY_HAVE_LITTLEFS", "-DLFS_CONFIG=mpy/lfs_config.h", "-I", lfs]
    h = hashlib.sha256()
    for d in ["Sources/MPYRuntime/include/mpy", "Sources/CMPYFormat/include"]:
        for f in sorted(os.listdir(os.path.join(ROOT, d))):
            srcs_h = os.path.join(ROOT, d, f)
            h.update(open(srcs_h, "rb").read())
    for s in srcs:
        h.update(open(s, "rb").read())
    cache = os.path.join(tempfile.gettempdir(), "apifuzz-san-" + h.hexdigest()[:16])
    lib = os.path.join(cache, "libmpyrt-san.a")
    if os.path.exists(lib):
        return lib
    log("apifuzz: building the sanitized runtime")
    tmp = tempfile.mkdtemp(prefix="apifuzz-san-")
    cflags = ["-std=c11", "-O1", "-g"] + SANFLAGS + ["-fno-strict-aliasing", "-I", os.path.join(ROOT, "Sources/MPYRuntime/include"),
                                                     "-I", os.path.join(ROOT, "Sources/CMPYFormat/include")] + lfs_flags
    procs = []
    for s in srcs:
        o = os.path.join(tmp, os.path.basename(s)[:-2] + ".o")
        procs.append(subprocess.Popen(["gcc"] + cflags + ["-c", s, "-o", o]))
        if len(procs) >= 2:
            if procs.pop(0).wait() != 0:
                sys.exit("apifuzz: compiling the sanitized runtime failed")
    for p in procs:
        if p.wait() != 0:
            sys.exit("apifuzz: compiling the sanitized runtime failed")
    subprocess.run(["ar", "rcs", os.path.join(tmp, "libmpyrt-san.a")] + [os.path.join(tmp, f) for f in os.listdir(tmp)], check=True)
    os.makedirs(cache, exist_ok=True)
    shutil.move(os.path.join(tmp, "libmpyrt-san.a"), lib)
    shutil.rmtree(tmp, ignore_errors=True)
    return lib


# ---- the program's pool and helpers, read from its source ----


class Source:
    def __init__(self):
        text = open(PROG).read()
        tree = ast.parse(text)
        self.helpers = {}  # name -> source of its definition
        self.pool = []
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name not in ("denied", "add", "note_type",
                                                                                     "is_wrapper", "call", "run"):
                self.helpers[node.name] = ast.get_source_segment(text, node)
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "POOL":
                self.pool = [ast.get_source_segment(text, e.body) for e in node.value.elts]
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "KW":
                self.kw = ast.literal_eval(node.value)

    def needed(self, exprs):
        """Helper definitions the expressions use, each with what it uses."""
        names = []
        todo = list(exprs)
        while todo:
            e = todo.pop()
            for n, src in self.helpers.items():
                if n not in names and re.search(r"\b%s\b" % n, e):
                    names.append(n)
                    todo.append(src.split("\n", 1)[1] if "\n" in src else "")
        return [self.helpers[n] for n in self.helpers if n in names]


def render(src, targets, call):
    """The call as Python: (import and helper lines, call expression)."""
    t, idx, kw = call
    owner, name, _ = targets[t]
    args = [src.pool[i] for i in idx]
    if kw:
        args.append("%s=%s" % (kw[0], src.pool[kw[1]]))
    pre = []
    if owner == "b":
        fn = name
    elif owner.startswith("m:"):
        pre.append("import " + owner[2:])
        fn = owner[2:] + "." + name
    elif owner.startswith("t:"):
        tn = owner[2:]
        if "." in tn:
            pre.append("import " + tn.split(".")[0])
        fn = tn + "." + name
    elif owner.startswith("v:"):
        value = owner[2:]
        if "." in value or value in MODULES:
            pre.append("import " + value.split(".")[0])
        fn = "type(%s).%s" % (value, name)
    else:
        fn = "type(%s).%s" % (src.pool[int(owner[2:])], name)
    exprs = [fn] + args
    return pre + src.needed(exprs), "%s(%s)" % (fn, ", ".join(args))


def parse_call(line):
    # "@@F k t i,j,.. name=idx"
    parts = line.split()
    k, t = int(parts[1]), int(parts[2])
    idx = [] if parts[3] == "-" else [int(x) for x in parts[3].split(",")]
    kw = None
    if parts[4] != "-":
        kn, kv = parts[4].split("=")
        kw = (kn, int(kv))
    return k, (t, idx, kw)


# ---- classification ----


def classify(rc, err):
    if SANITIZER.search(err):
        return "sanitizer"
    if rc is None:
        return "hang"
    if rc in FAULTS or rc < 0 or rc >= 128:
        return "crash"
    return "exit"


def describe(rc, err):
    """One line: the sanitizer's report, or the status and last error line."""
    for pat in [r"runtime error:.*", r"ERROR: AddressSanitizer: [^\n]*"]:
        m = re.search(pat, err)
        if m:
            return m.group(0)[:160]
    if rc is None:
        return "no progress (hang)"
    what = "signal %d" % -rc if rc < 0 else "status %d" % rc
    last = err.strip().split("\n")[-1][:140] if err.strip() else ""
    return what + (": " + last if last else "")


CPY_CHECK = r"""
import resource, signal, sys, tracemalloc
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
signal.alarm(%d)
src = sys.stdin.read()
tracemalloc.start()
try:
    exec(src, {})
    print("OK", tracemalloc.get_traced_memory()[1])
except (MemoryError, OverflowError) as e:
    print("MEM", type(e).__name__)
except (NameError, AttributeError, ImportError) as e:
    print("UNKNOWN", type(e).__name__)
except BaseException as e:
    print("EXC", type(e).__name__, tracemalloc.get_traced_memory()[1])
"""


def cpython(program, timeout=5):
    """How CPython runs a reproducer: ("OK"|"MEM"|"UNKNOWN"|"EXC"|"TIMEOUT", detail)."""
    try:
        p = subprocess.run([sys.executable, "-c", CPY_CHECK % timeout], input=program, capture_output=True, text=True,
                           timeout=timeout + 5)
    except subprocess.TimeoutExpired:
        return "TIMEOUT", ""
    words = p.stdout.split()
    if p.returncode == -signal.SIGALRM or not words:
        return "TIMEOUT", ""
    return words[0], " ".join(words[1:])


# ---- the run ----


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--calls", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--first", type=int, default=0, help="first call number")
    ap.add_argument("--emit", default="bytecode", choices=["bytecode", "native"])
    ap.add_argument("--arch", default="x64", choices=["x64", "armv7m", "armv7emsp"])
    ap.add_argument("--sanitize", action="store_true", help="runtime under ASan+UBSan (host)")
    ap.add_argument("--gc-stress", action="store_true")
    ap.add_argument("--heap", type=int, default=0)
    ap.add_argument("--batch", type=int, default=0, help="calls per process (default 5000 host, 1000 boards)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=0, help="seconds a call may take (default 10 host, 30 sanitized, 20 boards)")
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/mpy-native"))
    ap.add_argument("--examples", type=int, default=3, help="reproducers shown per cause")
    ap.add_argument("--gc-every", type=int, default=64, help="gc.collect() after every N calls (1: each call, "
                    "to pin heap damage on its call; 0: never)")
    ap.add_argument("--only", default="", help="draw only these targets: qualified names or prefixes, comma-separated "
                    "(dict.fromkeys,len,str.)")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    o = ap.parse_args()
    board = o.arch != "x64"
    o.batch = o.batch or (1000 if board else 5000)
    o.timeout = o.timeout or (20 if board else (30 if o.sanitize else 10))
    heap = o.heap or HEAP[o.arch]
    work = tempfile.mkdtemp(prefix="apifuzz-")
    try:
        return fuzz(o, work, board, heap)
    finally:
        if o.keep:
            log("apifuzz: work directory " + work)
        else:
            shutil.rmtree(work, ignore_errors=True)


def fuzz(o, work, board, heap):
    t0 = time.time()
    tg = Target(o, work)
    exe = tg.build(PROG, "fuzzprog" + (".elf" if board else ""))
    src = Source()
    rc, out, err = tg.run(exe, ["list"], o.timeout * 5)
    targets = []
    for line in out:
        if line.startswith("@@T "):
            _, _, owner, name, qual = line.split()
            targets.append((owner, name, qual))
    if rc != 0 or not any(line.startswith("@@E") for line in out):
        log("apifuzz: listing the targets failed (status %s)\n%s" % (rc, err[-2000:]))
        print("apifuzz: 0 calls, 0 targets, 1 crashes, 0 sanitizer reports, 0 hangs")
        print("0 passed, 1 failed")
        return 1
    pool_n = next(int(line.split()[1]) for line in out if line.startswith("@@P"))
    if pool_n != len(src.pool):
        sys.exit("apifuzz: the program's pool has %d values, its source %d" % (pool_n, len(src.pool)))
    extra = [str(o.gc_every)] + ([o.only] if o.only else [])

    # Batches, each resumed after the call that ended it.
    lock = threading.Lock()
    failures = []  # (kind, k, call, stderr)
    memerrs = {}  # k -> call
    done = [0]
    shown_at = [time.time()]

    def batch(start, count):
        end = start + count
        while start < end:
            state = {"last": None}

            def on_line(line):
                if line.startswith("@@F "):
                    state["last"] = parse_call(line)
                elif line.startswith("@@M ") and state["last"]:
                    with lock:
                        memerrs[state["last"][0]] = state["last"][1]

            rc, out, err = tg.run(exe, [str(o.seed), str(start), str(end - start)] + extra, o.timeout, on_line)
            ended = any(line.startswith("@@E") for line in out)
            if rc == 0 and ended and not SANITIZER.search(err):
                with lock:
                    done[0] += end - start
                    if time.time() - shown_at[0] > 30:
                        shown_at[0] = time.time()
                        log("apifuzz: %d of %d calls made, %d failed" % (done[0], o.calls, len(failures)))
                return
            last = state["last"]
            if last is None:
                # Failed before its first call: the batch cannot run at all.
                with lock:
                    failures.append((classify(rc, err), start, None, describe(rc, err)))
                return
            k, c = last
            with lock:
                failures.append((classify(rc, err), k, c, describe(rc, err)))
                done[0] += k + 1 - start
            start = k + 1

    spans = [(s, min(o.batch, o.first + o.calls - s)) for s in range(o.first, o.first + o.calls, o.batch)]
    with concurrent.futures.ThreadPoolExecutor(o.jobs) as ex:
        for f in concurrent.futures.as_completed([ex.submit(batch, s, n) for s, n in spans]):
            f.result()

    # Each cause (kind, target): its first calls made again alone, then as
    # a reproducer program (the call, else repr() of it).
    groups = collections.OrderedDict()
    for kind, k, c, err in sorted(failures, key=lambda f: f[1]):
        key = (kind, targets[c[0]] if c else None)
        groups.setdefault(key, []).append((k, c, err))

    def reproduce(kind, k, c, err):
        if c is None:
            return "shown", ("(before the first call)", err, "")
        pre, expr = render(src, targets, c)
        alone_rc, _, alone_err = tg.run(exe, [str(o.seed), str(k), "1", "1"] + extra[1:], o.timeout)
        alone = classify(alone_rc, alone_err) if alone_rc != 0 or SANITIZER.search(alone_err) else "ok"
        forms = [pre + [expr], pre + ["repr(%s)" % expr], ["import gc"] + pre + ["repr(%s)" % expr, "gc.collect()"]]
        if kind == "hang" or alone == "hang":
            forms = forms[:1]  # each try costs the whole timeout
        for n, lines in enumerate(forms):
            prog = "\n".join(lines) + "\n"
            path = os.path.join(work, "repro_%d_%d.py" % (k, n))
            open(path, "w").write(prog)
            try:
                rexe = tg.build(path, "repro_%d_%d%s" % (k, n, ".elf" if board else ""))
            except RuntimeError as e:
                return "shown", (prog.strip(), err, "the reproducer does not build: " + str(e)[-200:])
            rrc, _, rerr = tg.run(rexe, [], o.timeout)
            if (rrc != 0 or SANITIZER.search(rerr)) and classify(rrc, rerr) == kind:
                if kind == "hang":
                    verdict, _ = cpython(prog)
                    if verdict == "TIMEOUT":
                        return "legit", (prog.strip(), verdict)
                return "shown", (prog.strip(), describe(rrc, rerr), "")
        prog = "\n".join(pre + [expr])
        return "shown", (prog, err, "made alone: %s; as a program: does not reproduce" % alone)

    jobs = [(key, item) for key, items in groups.items() for item in items[: o.examples]]
    with concurrent.futures.ThreadPoolExecutor(o.jobs) as ex:
        results = list(ex.map(lambda j: reproduce(j[0][0], *j[1]), jobs))
    reports = []
    legit_hangs = []
    fail_calls = collections.Counter()
    for key, items in groups.items():
        shown = []
        for (jkey, _), (what, r) in zip(jobs, results):
            if jkey != key:
                continue
            if what == "legit":
                legit_hangs.append(r)
            else:
                shown.append(r)
        if key[0] == "hang" and not shown:
            continue
        fail_calls[key[0]] += len(items)
        reports.append((key[0], key[1], len(items), shown))

    # MemoryErrors: was the heap really full? At most 5 distinct calls per
    # target are checked.
    cases = []
    checked = collections.Counter()
    seen = set()
    for k in sorted(memerrs):
        c = memerrs[k]
        if c is None or checked[c[0]] >= 5:
            continue
        pre, expr = render(src, targets, c)
        prog = "\n".join(pre + [expr]) + "\n"
        if prog in seen:
            continue
        seen.add(prog)
        checked[c[0]] += 1
        cases.append((c, prog))
    with concurrent.futures.ThreadPoolExecutor(o.jobs) as ex:
        verdicts = list(ex.map(lambda case: cpython(case[1]), cases))
    bad_mem = collections.OrderedDict()
    for (c, prog), (verdict, detail) in zip(cases, verdicts):
        used = int((detail.split() or ["0"])[-1]) if verdict in ("OK", "EXC") else 0
        if verdict in ("OK", "EXC") and used < heap // 8:
            what = "CPython " + ("returns" if verdict == "OK" else "raises " + detail.split()[0])
            bad_mem.setdefault(targets[c[0]], []).append((prog.strip(), "MemoryError", what))
    for tname, shown in bad_mem.items():
        fail_calls["memory"] += len(shown)
        reports.append(("memory", tname, len(shown), shown[: o.examples]))

    # Report.
    for kind, tname, n, shown in reports:
        name = tname[2] if tname else "?"
        print("FAIL %s %s: %d call%s" % (kind, name, n, "" if n == 1 else "s"))
        for text, what, note in shown:
            print("    " + text.replace("\n", "\n    "))
            print("      -> %s%s" % (what, ("  [" + note + "]") if note else ""))
    for text, verdict in legit_hangs:
        print("slow (CPython too: %s): %s" % (verdict, text.replace("\n", "; ")))
    ncalls = done[0]
    failed = sum(fail_calls.values())
    print("apifuzz: %d calls, %d targets, %d crashes, %d sanitizer reports, %d hangs" % (
        ncalls, len(targets), fail_calls["crash"] + fail_calls["exit"], fail_calls["sanitizer"], fail_calls["hang"]))
    print("apifuzz: %d MemoryErrors (%d checked against CPython, %d with the heap not full), %d exits, %.0f s" % (
        len(memerrs), len(seen), fail_calls["memory"], fail_calls["exit"], time.time() - t0))
    print("%d passed, %d failed" % (ncalls - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
