#!/usr/bin/env bash
# A built mpy-native carries its runtime: the binary alone, copied to an
# empty folder and run with an empty cache (a fresh HOME, no
# MPY_NATIVE_ROOT), builds and runs a program on the host and on the
# armv7m board, and counts its instructions there (the QEMU plugin is
# built from the embedded source too); a program importing asyncio (the
# Python library the binary carries) runs on both. Nothing may come from the checkout.
# Usage: Tests/install/solo-binary.sh [path/to/mpy-native]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-${MPY_NATIVE:-.build/debug/mpy-native}}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/solo" "$work/home"
cp "$bin" "$work/solo/mpy-native"
cat > "$work/solo/hello.py" <<'PY'
print("hello", sum(i * i for i in range(10)), [1, 2, 3][::-1], 2**70)
PY
expected='hello 285 [3, 2, 1] 1180591620717411303424'
# asyncio is carried by the binary too (Sources/MPYRuntime/lib).
cat > "$work/solo/tasks.py" <<'PY'
import asyncio
def co(x):
    yield from asyncio.sleep_ms(1)
    return x * 2
def main():
    return (yield from asyncio.gather(co(1), co(2)))
print("asyncio", asyncio.run(main()))
PY

fail=0
check() { # name, actual
  if [ "$2" != "$expected" ]; then
    echo "solo-binary: $1: expected '$expected', got '$2'"
    fail=1
  fi
}
run() { (cd "$work/solo" && env -u MPY_NATIVE_ROOT MPY_NATIVE_CACHE="$work/home/.cache/mpy-native" HOME="$work/home" ./mpy-native run "$@"); }

check host "$(run hello.py 2>&1)" || true
check armv7m "$(run --arch armv7m hello.py 2>&1)" || true
for arch in x64 armv7m; do
  got=$(run --arch "$arch" tasks.py 2>&1) || true
  if [ "$got" != "asyncio [2, 4]" ]; then
    echo "solo-binary: asyncio on $arch: expected 'asyncio [2, 4]', got '$got'"
    fail=1
  fi
done
counted=$(run --arch armv7m --count-instructions hello.py 2>"$work/count.err") || true
check "armv7m --count-instructions" "$counted"
if ! grep -Eq '^mpy-native: [0-9]+ instructions executed$' "$work/count.err"; then
  echo "solo-binary: no instruction count: $(cat "$work/count.err")"
  fail=1
fi
# The sources came out of the binary, into the fresh cache.
if ! ls -d "$work/home/.cache/mpy-native/"src-* > /dev/null 2>&1; then
  echo "solo-binary: no embedded sources in the cache"
  fail=1
fi

if [ "$fail" = 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; exit 1; fi
