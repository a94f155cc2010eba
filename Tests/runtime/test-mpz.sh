#!/usr/bin/env bash
# Tests of the runtime's arbitrary-precision integers (Sources/MPYRuntime/mpz.c):
#   1. warning-free freestanding builds for Cortex-M3 (thumbv7m) and the host,
#      with no undefined symbol but mpz_alloc (no libgcc/soft-float helpers);
#   2. the software 64/32 division used on 32-bit targets against native division;
#   3. differential tests against CPython's int (Tests/runtime/mpz/run_tests.py),
#      under ASan+UBSan, then again with the 32-bit division path forced on;
#   4. a bare-metal Cortex-M3 run under QEMU (mps2-an385) checked against CPython
#      (skipped when qemu-system-arm or ld.lld is missing).
# Ends with "mpz: N passed, M failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

SRC=Sources/MPYRuntime/mpz.c
INC=Sources/MPYRuntime/include
TESTS=Tests/runtime/mpz
OUT=$(mktemp -d "${TMPDIR:-/tmp}/mpz-test.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
CLANG=${CLANG:-clang-19}
SIZE=${SIZE:-llvm-size-19}
NM=${NM:-llvm-nm-19}
WARN="-Wall -Wextra -Werror -std=c11"

passed=0
failed=0
pass() { passed=$((passed + 1)); printf 'ok    %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf 'FAIL  %s\n' "$1"; }

# --- 1. compile checks ---------------------------------------------------
arm_flags="--target=thumbv7m-none-eabi -mcpu=cortex-m3 -mthumb -ffreestanding -nostdlib"
for opt in -Os -O2; do
    name="thumbv7m $opt build (-Werror)"
    if $CLANG $arm_flags $opt $WARN -I$INC -c $SRC -o "$OUT/mpz-arm$opt.o" 2>"$OUT/err"; then
        pass "$name"
        undef=$($NM -u "$OUT/mpz-arm$opt.o" | awk '{print $2}' | grep -vx mpz_alloc || true)
        if [ -z "$undef" ]; then pass "thumbv7m $opt: only mpz_alloc undefined"; else fail "thumbv7m $opt: undefined symbols: $undef"; fi
    else
        cat "$OUT/err"; fail "$name"
    fi
done
if [ -f "$OUT/mpz-arm-Os.o" ]; then
    echo "      thumbv7m -Os size:"; $SIZE "$OUT/mpz-arm-Os.o" | sed 's/^/      /'
fi
name="host -O2 build (-Werror -Wpedantic)"
if $CLANG -O2 $WARN -Wpedantic -I$INC -c $SRC -o "$OUT/mpz-host.o" 2>"$OUT/err"; then pass "$name"; else cat "$OUT/err"; fail "$name"; fi

# --- 2. drivers ------------------------------------------------------------
# Sanitizers: clang's runtimes may be missing, gcc's usually are not.
SAN_CC=""
echo 'int main(void){return 0;}' > "$OUT/t.c"
for cc in $CLANG gcc; do
    if $cc -fsanitize=address,undefined "$OUT/t.c" -o "$OUT/t" 2>/dev/null && "$OUT/t"; then SAN_CC=$cc; break; fi
done
if [ -n "$SAN_CC" ]; then
    san_flags="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all"
else
    echo "      (no sanitizer runtime found: testing an unsanitized build)"
    SAN_CC=$CLANG
    san_flags="-O1 -g"
fi
name="test driver build ($SAN_CC, sanitizers)"
if $SAN_CC $san_flags -Wall -Wextra -std=c11 -DMPZ_TESTING -I$INC $SRC $TESTS/mpz_driver.c -o "$OUT/driver" 2>"$OUT/err"; then
    pass "$name"
else
    cat "$OUT/err"; fail "$name"
fi
name="test driver build (32-bit division path)"
if $CLANG -O2 -Wall -Wextra -std=c11 -DMPZ_TESTING -DMPZ_SOFT_DIV -I$INC $SRC $TESTS/mpz_driver.c -o "$OUT/driver-soft" 2>"$OUT/err"; then
    pass "$name"
else
    cat "$OUT/err"; fail "$name"
fi

# --- 3. division helper, then differential tests ---------------------------
if [ -x "$OUT/driver-soft" ]; then
    if "$OUT/driver-soft" divtest 5000000; then pass "div_2by1 (software) vs native division"; else fail "div_2by1 (software) vs native division"; fi
fi

run_cases() { # label driver args...
    local label=$1 drv=$2
    shift 2
    [ -x "$drv" ] || { fail "$label: no driver"; return; }
    python3 $TESTS/run_tests.py --driver "$drv" "$@" > "$OUT/log" 2>&1
    local st=$?
    grep -v '^  ' "$OUT/log" | grep -v '^cases:' | sed 's/^/      /'
    local line p f
    line=$(grep '^cases:' "$OUT/log" | tail -1)
    p=$(echo "$line" | awk '{print $2}')
    f=$(echo "$line" | awk '{print $4}')
    if [ -z "$p" ]; then
        tail -20 "$OUT/log"; fail "$label: no result"; return
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    if [ $st -eq 0 ] && [ "$f" = 0 ]; then
        printf 'ok    %s: %s cases\n' "$label" "$p"
    else
        [ "$f" = 0 ] && failed=$((failed + 1))
        grep '^  ' "$OUT/log" | awk '$4 != 0' | sed 's/^/      /'
        printf 'FAIL  %s: %s passed, %s failed\n' "$label" "$p" "$f"
    fi
}

run_cases "differential vs CPython int (sanitized)" "$OUT/driver"
run_cases "differential, 32-bit division path" "$OUT/driver-soft" \
    --seed 7 --scale 0.5 --only divmod,floordiv,mod,powmod,to_str,from_str,pow,mul,to_double,hash

# --- 4. the real thing on an emulated Cortex-M3 ------------------------------
mkdir -p "$OUT/cm3"
python3 $TESTS/cortexm_smoke.py "$OUT/cm3" > "$OUT/cm3.log" 2>&1
st=$?
line=$(grep '^cortex-m3:' "$OUT/cm3.log" | tail -1)
if [ $st -eq 77 ]; then
    echo "skip  $line"
else
    p=$(echo "$line" | awk '{print $2}')
    f=$(echo "$line" | awk '{print $4}')
    if [ -n "$p" ]; then passed=$((passed + p)); failed=$((failed + f)); fi
    if [ $st -eq 0 ] && [ -n "$p" ]; then
        printf 'ok    Cortex-M3 under QEMU (bare metal, -Os): %s cases\n' "$p"
    else
        tail -8 "$OUT/cm3.log" | sed 's/^/      /'
        [ "${f:-0}" = 0 ] && failed=$((failed + 1))
        echo "FAIL  Cortex-M3 under QEMU"
    fi
fi

echo "mpz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
