"""The output contract of every program test, in one place: the corpus
runner, the sanitizer run, the GC-stress runs, the frozen-module tests and
the differential tester all judge a run with these functions.

A run of mpy-native passes when, against CPython 3 (run with
Tests/cpython-shims on PYTHONPATH and PYTHONHASHSEED=0) or a checked-in
expected file:
  - stdout is equal byte for byte;
  - the exit status is equal;
  - for an uncaught exception, the type on the last line of stderr is
    equal (the message text is not compared).
A run that outlives its timeout has status -1 and exception "timeout", so
it never matches.

Expected files sit beside the program where we differ from CPython on
purpose: NAME.exp, or NAME.ARCH.exp where one target is the reason (32-bit
words on the boards), or NAME.EMIT.exp / NAME.ARCH.EMIT.exp where one code
mode is. The most specific one wins. Line 1 is `# reason: ...` (not
compared); the rest is the expected stdout of a run that exits with 0.

A file NAME.stdin beside the program is its standard input, for CPython
and for every run of ours (host and boards); without one, stdin is empty.
"""
import os
import subprocess
import sys

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(TESTS)
SHIMS = os.path.join(TESTS, "cpython-shims")
PROGRAMS = os.path.join(TESTS, "programs")
DEFAULT_BINARY = os.path.join(ROOT, ".build", "debug", "mpy-native")


class Outcome:
    """One run: stdout (bytes), exit status, exception type, stderr (text)."""

    def __init__(self, stdout, status, exception, stderr):
        self.stdout, self.status, self.exception, self.stderr = stdout, status, exception, stderr

    @property
    def text(self):
        return self.stdout.decode("utf-8", errors="replace")

    def status_line(self):
        return f"exit {self.status} exception {self.exception}"


def last_exception(stderr):
    """The exception type of a traceback: its last non-empty line up to ':'."""
    lines = [line for line in stderr.strip().splitlines() if line.strip()]
    return lines[-1].split(":")[0].strip() if lines else None


def stdin_of(path):
    """The bytes fed to the program at path on stdin: NAME.stdin beside
    NAME.py, else nothing (an empty stdin: input() raises EOFError)."""
    try:
        with open(path[:-3] + ".stdin", "rb") as f:
            return f.read()
    except FileNotFoundError:
        return b""


def run(cmd, cwd, timeout, env=None, stdin=b""):
    """Runs cmd with `stdin` as its standard input and returns its Outcome;
    env entries are added to os.environ."""
    try:
        p = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, timeout=timeout,
                           env=dict(os.environ, **(env or {})))
    except subprocess.TimeoutExpired:
        return Outcome(b"", -1, "timeout", "timeout")
    stderr = p.stderr.decode("utf-8", errors="replace")
    return Outcome(p.stdout, p.returncode, last_exception(stderr) if p.returncode else None, stderr)


def run_cpython(path, timeout=60, flags=(), pythonpath=()):
    """The reference run of the program at path, in its own folder."""
    env = {"PYTHONPATH": os.pathsep.join([SHIMS, *pythonpath]), "PYTHONHASHSEED": "0"}
    return run([sys.executable, *flags, os.path.basename(path)], os.path.dirname(path), timeout, env, stdin_of(path))


def run_ours(binary, path, flags, timeout, env=None):
    """`mpy-native run FLAGS NAME.py` in the program's folder."""
    return run([binary, "run", *flags, os.path.basename(path)], os.path.dirname(path), timeout, env, stdin_of(path))


def expected_file(path, arch="x64", emit="bytecode"):
    stem = path[:-3]
    for suffix in (f".{arch}.{emit}", f".{arch}", f".{emit}", ""):
        candidate = stem + suffix + ".exp"
        if os.path.exists(candidate):
            return candidate
    return None


def expected(path, arch="x64", emit="bytecode", timeout=60):
    """What a run must give: the expected file's text, else CPython's run."""
    exp = expected_file(path, arch, emit)
    if exp is None:
        return run_cpython(path, timeout)
    with open(exp, "rb") as f:
        parts = f.read().split(b"\n", 1)
    return Outcome(parts[1] if len(parts) > 1 else b"", 0, None, "")


def mismatch(want, got):
    """None when got meets the contract; else the kind of difference, the
    same for the same bug (the differential tester shrinks while it holds)."""
    if got.status != want.status or got.exception != want.exception:
        return ("status", got.status, got.exception)
    if got.stdout != want.stdout:
        return ("stdout",)
    return None


def first_diff(want, got, width=40):
    """The first differing line of two stdouts, as one line of text."""
    w, g = want.decode("utf-8", "replace").splitlines(), got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            return f"line {i + 1}: expected {a[:width]!r}, got {b[:width]!r}"
    return "same stdout"


def problems(want, got, tail=1500):
    """Every difference, each a multi-line text for a failure report."""
    out = []
    if got.stdout != want.stdout:
        out.append("stdout differs:\n--- expected\n" + want.text[-tail:] + "\n--- got\n" + got.text[-tail:])
    if got.status != want.status:
        out.append(f"exit status {got.status}, expected {want.status}\n{got.stderr[-800:]}")
    elif got.exception != want.exception:
        out.append(f"exception {got.exception}, expected {want.exception}\n{got.stderr[-800:]}")
    return out


def summary(want, got):
    """One line naming the failure (for xfail lists): the error, else the
    first differing line of stdout."""
    err_lines = [line for line in got.stderr.strip().splitlines() if line.strip()]
    if got.status != want.status and err_lines:
        return err_lines[-1].strip()
    if got.stdout != want.stdout:
        return "output " + first_diff(want.stdout, got.stdout)
    found = problems(want, got)
    return found[0].splitlines()[0] if found else ""


def corpus_files():
    """Every program of Tests/programs; files of a package (a folder with
    __init__.py) are imported by programs, not run on their own."""
    found = []
    for folder, dirs, files in os.walk(PROGRAMS):
        dirs.sort()
        if folder != PROGRAMS and os.path.exists(os.path.join(folder, "__init__.py")):
            continue
        found += [os.path.join(folder, f) for f in files if f.endswith(".py")]
    return sorted(found)


def load_xfail(path=os.path.join(PROGRAMS, "xfail.txt")):
    """xfail.txt: `name.py  # what is missing`, names relative to Tests/programs."""
    xfail = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                name, _, reason = line.partition("#")
                if name.strip():
                    xfail[name.strip()] = reason.strip()
    return xfail


class Report:
    """The report format of every runner: `FAIL what` with indented details,
    `ok   what` where a runner names its passes, and a last line
    `NAME: N passed, M failed` counted from the results."""

    def __init__(self, name):
        self.name, self.passed, self.failed = name, 0, 0

    def ok(self, what=None):
        self.passed += 1
        if what:
            print(f"ok   {what}", flush=True)

    def fail(self, what, details=()):
        self.failed += 1
        print(f"FAIL {what}", flush=True)
        for d in details:
            print("    " + d.replace("\n", "\n    "), flush=True)

    def finish(self, skipped=0):
        tail = f", {skipped} skipped" if skipped else ""
        print(f"{self.name}: {self.passed} passed, {self.failed} failed{tail}", flush=True)
        return 1 if self.failed else 0
