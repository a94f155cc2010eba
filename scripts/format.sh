#!/usr/bin/env bash
# Formats the project's own Swift (swift-format, .swift-format) and C
# (clang-format-19, .clang-format) sources; with --check, changes nothing
# and fails listing the files that are not formatted (the test suite runs
# this). The LLVM C API headers under Sources/CLLVM are LLVM's and left as
# they are.
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
[ "${1:-}" = "--check" ] && check=1

mapfile -t swift_files < <(git ls-files '*.swift')
mapfile -t c_files < <(git ls-files '*.c' '*.h' | grep -v '^Sources/CLLVM/')

if [ $check -eq 0 ]; then
  swift format format -i "${swift_files[@]}"
  clang-format-19 -i "${c_files[@]}"
  exit 0
fi

bad=0
for f in "${swift_files[@]}"; do
  if ! swift format format "$f" | cmp -s - "$f"; then echo "not formatted (swift-format): $f"; bad=$((bad + 1)); fi
done
for f in "${c_files[@]}"; do
  if ! clang-format-19 "$f" | cmp -s - "$f"; then echo "not formatted (clang-format-19): $f"; bad=$((bad + 1)); fi
done
total=$(( ${#swift_files[@]} + ${#c_files[@]} ))
echo "format: $((total - bad)) passed, $bad failed"
[ $bad -eq 0 ]
