#!/usr/bin/env bash
# The C runtime must compile freestanding for ARMv7-M without warnings
# (no host libc: its own printing, formatting and memory functions), and so
# must the board support (Targets/arm-common and each board's folder) for
# both boards. Prints the text/data/bss of the runtime objects at -Os.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inc=(-ISources/MPYRuntime/include -ISources/CMPYFormat/include -ITargets/arm-common)
m3=(--target=thumbv7m-none-eabi -mcpu=cortex-m3 -mthumb)
m4f=(--target=thumbv7em-none-eabihf -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16)
common=(-ffreestanding -nostdlib -std=c11 -Os -Wall -Wextra -Werror -DMPY_EXACT_INT_POW)
objs=()
for src in Sources/MPYRuntime/*.c; do
  obj="$out/$(basename "${src%.c}").o"
  clang-19 "${m3[@]}" "${common[@]}" "${inc[@]}" -c "$src" -o "$obj"
  objs+=("$obj")
done
boards=0
for src in Targets/arm-common/*.c Targets/armv7m/*.c; do
  clang-19 "${m3[@]}" "${common[@]}" "${inc[@]}" -c "$src" -o "$out/board-m3-$(basename "${src%.c}").o"
  boards=$((boards + 1))
done
for src in Targets/arm-common/*.c Targets/armv7emsp/*.c Sources/MPYRuntime/gc.c Sources/MPYRuntime/objfloat.c; do
  clang-19 "${m4f[@]}" "${common[@]}" "${inc[@]}" -c "$src" -o "$out/board-m4f-$(basename "${src%.c}").o"
  boards=$((boards + 1))
done
/usr/lib/llvm-19/bin/llvm-size "${objs[@]}" | awk 'NR==1 {print; next} {t+=$1; d+=$2; b+=$3; print} END {printf "total text %d, data %d, bss %d bytes\n", t, d, b}'
echo "runtime-arm: $((${#objs[@]} + boards)) passed, 0 failed"
