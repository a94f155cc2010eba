#!/usr/bin/env bash
# Installs every system and Python dependency of mpy-native, idempotently.
# Does nothing (and needs no network) when everything is already present.
set -euo pipefail

APT_PACKAGES=(
  llvm-19-dev        # LLVM C API (headers + libLLVM-19.so)
  llvm-19-tools      # FileCheck, not, count (golden IR tests)
  clang-19           # C runtime for both targets
  lld-19             # linker for ARM firmware
  qemu-system-arm    # mps2-an385 / mps2-an386 boards
  gcc-arm-none-eabi  # libgcc soft-float and 64-bit helpers for ARM
  libnewlib-arm-none-eabi  # libm for the ARM boards (math module)
  gdb                # the debugger test of native code's line tables
  clang-format-19    # the C formatting check (scripts/format.sh --check)
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# lit drives the golden tests (lit + FileCheck).
if ! python3 -c 'import lit' 2>/dev/null; then
  echo "bootstrap: installing lit from PyPI"
  python3 -m pip install --quiet lit
fi

[ -f /usr/lib/llvm-19/include/llvm-c/Core.h ] || { echo "bootstrap: LLVM 19 headers missing" >&2; exit 1; }
