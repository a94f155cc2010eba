#!/usr/bin/env bash
# The main job, as far as the pipeline goes today: installs what is missing,
# builds mpy-native, and runs the shared front end on an example module
# (tokens -> AST -> scopes with consts folded and emitters chosen).
# Code generation and the QEMU run join as the back ends land.
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
echo "--- mpy-native --arch armv7m $example"
set +e
$bin --arch armv7m "$example"
status=$?
set -e
[ "$status" -eq 2 ] && echo "(exit status 2: code generation lands with the runtime and back-end work)"
exit 0
