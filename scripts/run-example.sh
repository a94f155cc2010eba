#!/usr/bin/env bash
# The main job, as far as the pipeline goes today: installs what is missing,
# builds mpy-native, checks an example module and shows its scopes, then
# compiles it (bytecode, and native code through LLVM), links it with the C
# runtime and runs it on the host, and compiles it to a Thumb-2 object. The
# armv7m firmware and QEMU run join with the Thumb-2 target.
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
echo "(linking armv7m firmware and running it in QEMU arrive with the Thumb-2 target)"
