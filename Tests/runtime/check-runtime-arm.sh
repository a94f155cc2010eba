#!/usr/bin/env bash
# The C runtime must compile freestanding for ARMv7-M without warnings
# (no host libc: its own printing, formatting and memory functions), and so
# must the board support (Targets/arm-common and each board's folder) for
# both boards. Prints the text/data/bss of the runtime objects at -Os.
# Every file is compiled even after a failure; ends with
# `runtime-arm: N passed, M failed` counted from the compiles.
set -uo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inc=(-ISources/MPYRuntime/include -ISources/CMPYFormat/include -ITargets/arm-common)
m3=(--target=thumbv7m-none-eabi -mcpu=cortex-m3 -mthumb)
m4f=(--target=thumbv7em-none-eabihf -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16)
common=(-ffreestanding -nostdlib -std=c11 -Os -Wall -Wextra -Werror -DMPY_EXACT_INT_POW)
passed=0
failed=0
compile() { # what, output object, flags and source...
  local what=$1 obj=$2
  shift 2
  if clang-19 "$@" -c -o "$obj"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $what"
  fi
}
objs=()
for src in Sources/MPYRuntime/*.c; do
  obj="$out/$(basename "${src%.c}").o"
  compile "$src (Cortex-M3)" "$obj" "${m3[@]}" "${common[@]}" "${inc[@]}" "$src"
  [ -f "$obj" ] && objs+=("$obj")
done
for src in Targets/arm-common/*.c Targets/armv7m/*.c; do
  compile "$src (Cortex-M3 board)" "$out/board-m3-$(basename "${src%.c}").o" "${m3[@]}" "${common[@]}" "${inc[@]}" "$src"
done
for src in Targets/arm-common/*.c Targets/armv7emsp/*.c Sources/MPYRuntime/gc.c Sources/MPYRuntime/objfloat.c; do
  compile "$src (Cortex-M4F board)" "$out/board-m4f-$(basename "${src%.c}").o" "${m4f[@]}" "${common[@]}" "${inc[@]}" "$src"
done
# With littlefs (where scripts/bootstrap.sh installed it): its driver, and
# littlefs's own lfs.c as the driver builds it.
lfs=${MPY_LITTLEFS_DIR:-/usr/local/share/mpy-native/littlefs}
if [ -f "$lfs/lfs.c" ]; then
  lfsflags=(-DMPY_HAVE_LITTLEFS -DLFS_CONFIG=mpy/lfs_config.h "-I$lfs")
  compile "vfslfs.c with littlefs (Cortex-M3)" "$out/vfslfs-lfs.o" "${m3[@]}" "${common[@]}" "${inc[@]}" "${lfsflags[@]}" Sources/MPYRuntime/vfslfs.c
  compile "littlefs lfs.c (Cortex-M3)" "$out/lfs.o" "${m3[@]}" "${common[@]}" -Wno-unused-function "${inc[@]}" "${lfsflags[@]}" "$lfs/lfs.c"
  compile "littlefs lfs.c (Cortex-M4F)" "$out/lfs-m4f.o" "${m4f[@]}" "${common[@]}" -Wno-unused-function "${inc[@]}" "${lfsflags[@]}" "$lfs/lfs.c"
  [ -f "$out/lfs.o" ] && /usr/lib/llvm-19/bin/llvm-size "$out/vfslfs-lfs.o" "$out/lfs.o"
fi
if [ "${#objs[@]}" -gt 0 ]; then
  /usr/lib/llvm-19/bin/llvm-size "${objs[@]}" | awk 'NR==1 {print; next} {t+=$1; d+=$2; b+=$3; print} END {printf "total text %d, data %d, bss %d bytes\n", t, d, b}'
fi
echo "runtime-arm: $passed passed, $failed failed"
[ "$failed" = 0 ]
