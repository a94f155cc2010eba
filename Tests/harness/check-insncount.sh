#!/usr/bin/env bash
# `mpy-native run --count-instructions` on the ARM boards: a short program
# (integer and big-integer arithmetic, a 20 ms busy-wait on the board's
# clock, an exit status) runs twice per board under the counting plugin.
# Both counts must be present, nonzero and equal: virtual time advances by
# the instruction, so not even the busy-wait may depend on the host's speed
# (without -icount the two counts differ). The program's output and exit
# status must be unchanged by the counter. On the host the option must be
# refused. A 1 s sleep, by time.sleep_ms and by asyncio, must cost under
# 1/100 of a 1 s busy loop (the core sleeps in WFI). Ends with `insncount:
# N passed, M failed` (one check per board, two per board for sleeping,
# and the host's refusal). Usage: Tests/harness/check-insncount.sh [path/to/mpy-native]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="${1:-${MPY_NATIVE:-.build/debug/mpy-native}}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/count.py" <<'EOF'
import sys, time
s = 0
for i in range(20000):
    s += i * i
# Busy-wait 20 ms on the board's clock: how many iterations that takes
# depends on how fast the clock runs against the instructions.
t0 = time.ticks_us()
spins = 0
while time.ticks_diff(time.ticks_us(), t0) < 20000:
    spins += 1
print("sum", s, sys.argv[1:])
sys.exit(3)
EOF

passed=0
failed=0
for arch in armv7m armv7emsp; do
  counts=()
  for run in 1 2; do
    set +e
    "$bin" run --arch "$arch" --count-instructions "$work/count.py" -- a b > "$work/out" 2> "$work/err"
    status=$?
    set -e
    n=$(sed -n 's/^mpy-native: \([0-9]*\) instructions executed$/\1/p' "$work/err")
    if [ "$status" != 3 ] || [ "$(cat "$work/out")" != "sum 2666466670000 ['a', 'b']" ] || [ -z "$n" ] || [ "$n" = 0 ]; then
      echo "FAIL $arch run $run: status $status, stdout $(cat "$work/out"), stderr $(cat "$work/err")"
      failed=$((failed + 1))
      continue 2
    fi
    counts+=("$n")
  done
  if [ "${#counts[@]}" = 2 ] && [ "${counts[0]}" = "${counts[1]}" ]; then
    echo "ok $arch: ${counts[0]} instructions, twice"
    passed=$((passed + 1))
  else
    echo "FAIL $arch: the counts differ: ${counts[*]}"
    failed=$((failed + 1))
  fi
done

# Idle sleeping: a 1 s sleep (time.sleep_ms, and asyncio's idle wait in
# asyncio.run) must keep the core in WFI, so it costs far fewer
# instructions than a 1 s busy loop (under -icount, 1 s of busy work is
# about 1e9 instructions): at most 1/100 of the busy loop's count, with
# at least 1 s gone by the board's clock, and the same count twice.
cat > "$work/busy.py" <<'EOF'
import time
t0 = time.ticks_ms()
while time.ticks_diff(time.ticks_ms(), t0) < 1000:
    pass
print("slept True")
EOF
cat > "$work/sleep.py" <<'EOF'
import time
t0 = time.ticks_us()
time.sleep_ms(1000)
print("slept", time.ticks_diff(time.ticks_us(), t0) >= 1000000)
EOF
cat > "$work/asleep.py" <<'EOF'
import asyncio, time
def main():
    t0 = time.ticks_us()
    yield from asyncio.sleep_ms(1000)
    return time.ticks_diff(time.ticks_us(), t0) >= 1000000
print("slept", asyncio.run(main()))
EOF
count_of() { # arch program -> its count on stdout (nothing if the run failed)
  if "$bin" run --arch "$1" --count-instructions "$2" > "$work/out" 2> "$work/err" &&
    [ "$(cat "$work/out")" = "slept True" ]; then
    sed -n 's/^mpy-native: \([0-9]*\) instructions executed$/\1/p' "$work/err"
  else
    echo "FAIL $1 $(basename "$2"): stdout $(cat "$work/out"), stderr $(cat "$work/err")" >&2
  fi
}
for arch in armv7m armv7emsp; do
  busy=$(count_of "$arch" "$work/busy.py")
  if [ -z "$busy" ]; then failed=$((failed + 1)); continue; fi
  for prog in sleep asleep; do
    a=$(count_of "$arch" "$work/$prog.py")
    b=$(count_of "$arch" "$work/$prog.py")
    if [ -n "$a" ] && [ "$a" = "$b" ] && [ $((a * 100)) -lt "$busy" ]; then
      echo "ok $arch $prog: $a instructions for a 1 s sleep (busy loop: $busy)"
      passed=$((passed + 1))
    else
      echo "FAIL $arch $prog: '$a' and '$b' instructions for a 1 s sleep (busy loop: $busy)"
      failed=$((failed + 1))
    fi
  done
done

set +e
"$bin" run --count-instructions "$work/count.py" > /dev/null 2> "$work/err"
status=$?
set -e
if [ "$status" != 1 ] || ! grep -q "needs an ARM arch" "$work/err"; then
  echo "FAIL x64: --count-instructions was not refused (status $status): $(cat "$work/err")"
  failed=$((failed + 1))
else
  echo "ok x64: refused"
  passed=$((passed + 1))
fi
echo "insncount: $passed passed, $failed failed"
[ "$failed" = 0 ]
