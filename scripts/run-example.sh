#!/usr/bin/env bash
# The main job: installs what is missing, builds mpy-native, checks an
# example module and shows its scopes, compiles it (bytecode, and native
# code through LLVM), links it with the C runtime and runs it on the host,
# then compiles it for the Cortex-M3 (armv7m): a Thumb-2 object, a firmware
# image, and a run of that firmware on QEMU's mps2-an385 board.
set -euo pipefail
cd "$(dirname "$0")/.."
example="${1:-examples/blink.py}"
scripts/bootstrap.sh
swift build --product mpy-native 2>&1 | tail -1
bin=.build/debug/mpy-native
echo "--- mpy-native check $example"
$bin check "$example" && echo "ok: no errors"
echo "--- mpy-native --dump scopes $example"
$bin --dump scopes "$example"
echo "--- mpy-native run $example (native functions as machine code, the rest bytecode)"
$bin run "$example"
echo "--- mpy-native run --emit native $example (every function as machine code)"
$bin run --emit native "$example"
echo "--- mpy-native --arch armv7m $example -o build/example.o"
mkdir -p build
$bin --arch armv7m "$example" -o build/example.o
file build/example.o 2>/dev/null || true
echo "--- mpy-native build --arch armv7m $example -o build/example.elf (firmware)"
$bin build --arch armv7m "$example" -o build/example.elf
/usr/lib/llvm-19/bin/llvm-size build/example.elf
echo "--- mpy-native run --arch armv7m $example (on QEMU mps2-an385)"
$bin run --arch armv7m "$example"
echo "--- mpy-native run --arch armv7m --emit native $example"
$bin run --arch armv7m --emit native "$example"
