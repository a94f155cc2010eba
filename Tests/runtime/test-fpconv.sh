#!/usr/bin/env bash
# Tests the runtime's float <-> text conversions (Sources/MPYRuntime/fpconv.c)
# against CPython byte for byte, checks that the file compiles warning-free
# for the Cortex-M targets, and times fp_repr.
#   Tests/runtime/test-fpconv.sh           default sizes (~100k random reprs)
#   Tests/runtime/test-fpconv.sh --full    1M random reprs, 100k format values
# Exits non-zero on any failure; the last line is 'fpconv: N passed, M failed'.
set -uo pipefail
cd "$(dirname "$0")/../.."

CC=${CC:-clang-19}
SRC=Sources/MPYRuntime/fpconv.c
INC=Sources/MPYRuntime/include
DIR=Tests/runtime/fpconv
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FULL=""
[[ "${1:-}" == "--full" ]] && FULL="--full"

passed=0
failed=0
check() { # name, command...
    local name=$1
    shift
    if "$@" >"$TMP/log" 2>&1; then
        passed=$((passed + 1))
        echo "ok    $name"
    else
        failed=$((failed + 1))
        echo "FAIL  $name"
        sed 's/^/      /' "$TMP/log" | head -20
    fi
}

WARN="-Wall -Wextra -Werror -std=c11"
check "thumbv7m cortex-m3 -Os" $CC --target=thumbv7m-none-eabi -mcpu=cortex-m3 -mthumb \
    -ffreestanding -nostdlib -Os $WARN -I$INC -c $SRC -o "$TMP/m3.o"
check "thumbv7em cortex-m4f -Os" $CC --target=thumbv7em-none-eabihf -mcpu=cortex-m4 \
    -mfloat-abi=hard -mfpu=fpv4-sp-d16 -ffreestanding -nostdlib -Os $WARN -I$INC -c $SRC -o "$TMP/m4.o"
check "host -O2" $CC -O2 $WARN -I$INC -c $SRC -o "$TMP/host.o"
check "no libcalls on cortex-m3" bash -c "! llvm-nm-19 -u '$TMP/m3.o' | grep ."
check "driver build" $CC -O2 -Wall -Wextra -std=c11 -I$INC $DIR/driver.c $SRC -o "$TMP/driver"
check "driver build (exact paths only)" $CC -O2 -Wall -Wextra -std=c11 -DFPCONV_TEST_EXACT \
    -I$INC $DIR/driver.c $SRC -o "$TMP/driver-exact"
if [[ -f "$TMP/m3.o" ]]; then
    echo "cortex-m3 -Os object size:"
    llvm-size-19 "$TMP/m3.o" | sed 's/^/      /'
fi

run_suite() { # label, driver, args...
    local label=$1
    shift
    echo "--- $label"
    python3 $DIR/run_tests.py "$@" | tee "$TMP/suite"
    local line
    line=$(tail -1 "$TMP/suite")
    if [[ "$line" =~ ^fpconv:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        passed=$((passed + BASH_REMATCH[1]))
        failed=$((failed + BASH_REMATCH[2]))
    else
        failed=$((failed + 1))
        echo "FAIL  $label did not finish"
    fi
}

if [[ -x "$TMP/driver" ]]; then
    run_suite "against CPython $(python3 -c 'import sys; print(sys.version.split()[0])')" \
        "$TMP/driver" $FULL
    "$TMP/driver" --bench 1000000 | sed 's/^/speed: /'
fi
if [[ -x "$TMP/driver-exact" ]]; then
    # the exact fallbacks are rare on the normal path; run them on everything
    run_suite "exact fallback paths forced" "$TMP/driver-exact" --seed 99
fi

echo "fpconv: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
