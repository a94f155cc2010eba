#!/usr/bin/env bash
# The C runtime must compile freestanding for ARMv7-M without warnings
# (no host libc: its own printing, formatting and memory functions).
# Prints the text/data/bss of the objects at -Os.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
objs=()
for src in Sources/MPYRuntime/*.c; do
  obj="$out/$(basename "${src%.c}").o"
  clang-19 --target=thumbv7m-none-eabi -mcpu=cortex-m3 -mthumb -ffreestanding -nostdlib -std=c11 -Os \
    -Wall -Wextra -Werror -ISources/MPYRuntime/include -ISources/CMPYFormat/include -c "$src" -o "$obj"
  objs+=("$obj")
done
/usr/lib/llvm-19/bin/llvm-size "${objs[@]}" | awk 'NR==1 {print; next} {t+=$1; d+=$2; b+=$3; print} END {printf "total text %d, data %d, bss %d bytes\n", t, d, b}'
echo "runtime-arm: ${#objs[@]} passed, 0 failed"
