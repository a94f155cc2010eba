#!/usr/bin/env bash
# Unit tests of the runtime's allocator and collector (Sources/MPYRuntime/gc.c):
#   1. warning-free freestanding builds for Cortex-M3 (thumbv7m) at -Os and -O2;
#   2. the host driver (Tests/runtime/gc/gc_driver.c: allocation patterns,
#      garbage, interior pointers, mark stack overflow, realloc in place and
#      moving, MemoryError when full, fragmentation, threshold, random
#      operations against a model), built with gc.c alone, run under
#      ASan+UBSan and again at -O2.
# Ends with "gc: N passed, M failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

SRC=Sources/MPYRuntime/gc.c
INC="Sources/MPYRuntime/include -ISources/CMPYFormat/include"
DRIVER=Tests/runtime/gc/gc_driver.c
OUT=$(mktemp -d "${TMPDIR:-/tmp}/gc-test.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
CLANG=${CLANG:-clang-19}
WARN="-Wall -Wextra -Werror -std=c11"

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'ok    %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf 'FAIL  %s\n' "$1"; }

arm_flags="--target=thumbv7m-none-eabi -mcpu=cortex-m3 -mthumb -ffreestanding -nostdlib"
for opt in -Os -O2; do
    name="thumbv7m $opt build (-Werror)"
    if $CLANG $arm_flags $opt $WARN -I$INC -c $SRC -o "$OUT/gc-arm$opt.o" 2>"$OUT/err"; then pass "$name"; else cat "$OUT/err"; fail "$name"; fi
done

SAN_CC=""
echo 'int main(void){return 0;}' > "$OUT/t.c"
for cc in $CLANG gcc; do
    if $cc -fsanitize=address,undefined "$OUT/t.c" -o "$OUT/t" 2>/dev/null && "$OUT/t"; then SAN_CC=$cc; break; fi
done
builds=("plain -O2|$CLANG -O2")
if [ -n "$SAN_CC" ]; then
    builds=("ASan+UBSan|$SAN_CC -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all" "${builds[@]}")
else
    echo "      (no sanitizer runtime found: testing unsanitized builds only)"
fi
for b in "${builds[@]}"; do
    label=${b%%|*}
    cc=${b#*|}
    if ! $cc $WARN -DMP_GC_TESTING -I$INC $SRC $DRIVER -o "$OUT/driver" 2>"$OUT/err"; then
        cat "$OUT/err"; fail "driver build ($label)"; continue
    fi
    pass "driver build ($label)"
    ASAN_OPTIONS=detect_stack_use_after_return=0 "$OUT/driver" > "$OUT/log" 2>&1
    st=$?
    sed "s/^\(ok  \|FAIL\)  /\1  $label: /" "$OUT/log" | grep -v '^gc:'
    line=$(grep '^gc:' "$OUT/log" | tail -1)
    p=$(echo "$line" | awk '{print $2}')
    f=$(echo "$line" | awk '{print $4}')
    if [ -z "$p" ]; then tail -20 "$OUT/log"; fail "driver run ($label): no result"; continue; fi
    passed=$((passed + p))
    failed=$((failed + f))
    [ $st -ne 0 ] && [ "$f" = 0 ] && fail "driver run ($label): status $st"
done

echo "gc: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
