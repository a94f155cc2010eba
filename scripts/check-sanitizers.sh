#!/usr/bin/env bash
# Runs the program corpus against a runtime built with AddressSanitizer and
# UndefinedBehaviorSanitizer.
#
# clang-19 here ships no sanitizer runtimes, so the runtime (Sources/MPYRuntime
# and Targets/x64/port.c) is compiled with gcc. Each program's modules are
# compiled with `mpy-native build FILE.py --objects DIR` (module images and
# the module table, not linked), then linked here with gcc
# -fsanitize=address,undefined.
#
# Every program of Tests/programs/*.py not listed in Tests/programs/xfail.txt
# runs once; it passes when its stdout matches CPython's (or NAME.exp), its
# exit status matches, and stderr holds no sanitizer report.
#
# Usage: scripts/check-sanitizers.sh [-j JOBS] [FILES...]
# Environment: MPY_NATIVE (compiler, default .build/debug/mpy-native),
#              SAN_CC (default gcc), SAN_KEEP=1 keeps the work directory.
# Ends with `sanitizers: N passed, M failed`.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
MPY=${MPY_NATIVE:-$ROOT/.build/debug/mpy-native}
CC=${SAN_CC:-gcc}
JOBS=$(nproc 2>/dev/null || echo 2)
if [[ ${1:-} == -j ]]; then JOBS=$2; shift 2; fi

SANFLAGS=(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
CFLAGS=(-std=c11 -O1 -g "${SANFLAGS[@]}" -fno-strict-aliasing
        -I "$ROOT/Sources/MPYRuntime/include" -I "$ROOT/Sources/CMPYFormat/include")

WORK=$(mktemp -d /tmp/mpy-sanitizers.XXXXXX)
if [[ ${SAN_KEEP:-0} != 1 ]]; then trap 'rm -rf "$WORK"' EXIT; else echo "work directory: $WORK"; fi

# 1. The runtime, once.
mkdir -p "$WORK/rt"
srcs=("$ROOT"/Sources/MPYRuntime/*.c "$ROOT/Targets/x64/port.c")
pids=()
for s in "${srcs[@]}"; do
    "$CC" "${CFLAGS[@]}" -c "$s" -o "$WORK/rt/$(basename "$s" .c).o" &
    pids+=($!)
    if (( ${#pids[@]} >= JOBS )); then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p"; done
ar rcs "$WORK/libmpyrt-san.a" "$WORK"/rt/*.o

# 2. Every program: build, run, compare.
export ROOT MPY CC WORK
export SANFLAGS_STR="${SANFLAGS[*]}"
export CFLAGS_STR="${CFLAGS[*]}"
python3 - "$JOBS" "$@" <<'PY'
import concurrent.futures, glob, os, re, subprocess, sys

ROOT, MPY, CC, WORK = (os.environ[k] for k in ("ROOT", "MPY", "CC", "WORK"))
SANFLAGS = os.environ["SANFLAGS_STR"].split()
CFLAGS = os.environ["CFLAGS_STR"].split()
jobs = int(sys.argv[1])
files = [os.path.abspath(f) for f in sys.argv[2:]]
progdir = os.path.join(ROOT, "Tests", "programs")
xfail = set()
xf = os.path.join(progdir, "xfail.txt")
if os.path.exists(xf):
    for line in open(xf):
        name = line.split("#", 1)[0].strip()
        if name:
            xfail.add(name)
if not files:
    files = sorted(f for f in glob.glob(os.path.join(progdir, "*.py"))
                   if os.path.basename(f) not in xfail)

SANITIZER_REPORT = re.compile(r"ERROR: AddressSanitizer|runtime error:|ERROR: LeakSanitizer|UndefinedBehaviorSanitizer")

def expected(path):
    exp = path[:-3] + ".exp"
    if os.path.exists(exp):
        text = open(exp).read().split("\n", 1)
        return (text[1] if len(text) > 1 else ""), 0
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "Tests", "cpython-shims"), PYTHONHASHSEED="0")
    p = subprocess.run([sys.executable, os.path.basename(path)], cwd=os.path.dirname(path),
                       capture_output=True, text=True, env=env, timeout=120)
    return p.stdout, p.returncode

def run_one(path):
    name = os.path.basename(path)[:-3]
    d = os.path.join(WORK, "p", name)
    os.makedirs(d, exist_ok=True)
    # The compiler writes the program's module images and module table.
    r = subprocess.run([MPY, "build", path, "--objects", os.path.join(d, "obj")], capture_output=True, text=True)
    if r.returncode != 0:
        return path, [f"compile failed:\n{r.stderr[-800:]}"]
    objs = r.stdout.split()
    exe = os.path.join(d, name)
    r = subprocess.run([CC] + CFLAGS + objs + [os.path.join(WORK, "libmpyrt-san.a"), "-lm", "-o", exe],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return path, ["link failed:\n" + r.stderr[-1500:]]
    env = dict(os.environ,
               ASAN_OPTIONS="detect_stack_use_after_return=0:detect_leaks=0:abort_on_error=0",
               UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1")
    try:
        p = subprocess.run([exe], cwd=os.path.dirname(path), capture_output=True, text=True,
                           env=env, timeout=300, errors="replace")
    except subprocess.TimeoutExpired:
        return path, ["timeout"]
    want_out, want_rc = expected(path)
    problems = []
    if SANITIZER_REPORT.search(p.stderr):
        problems.append("sanitizer report:\n" + p.stderr[-4000:])
    if p.stdout != want_out:
        problems.append("stdout differs:\n--- expected\n" + want_out[-800:] + "\n--- got\n" + p.stdout[-800:])
    if p.returncode != want_rc:
        problems.append(f"exit status {p.returncode}, expected {want_rc}\n" + p.stderr[-800:])
    return path, problems

passed = failed = 0
with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
    for path, problems in ex.map(run_one, files):
        rel = os.path.relpath(path, ROOT) if path.startswith(ROOT + os.sep) else path
        if problems:
            failed += 1
            print(f"FAIL {rel}")
            for pr in problems:
                print("  " + pr.replace("\n", "\n  "))
        else:
            passed += 1
sys.stdout.flush()
print(f"sanitizers: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
