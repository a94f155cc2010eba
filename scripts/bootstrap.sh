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

# ---- littlefs (file systems: VfsLfs2, the boards' root file system) ----
# littlefs v2.11's C sources (lfs.c, lfs.h, lfs_util.c, lfs_util.h, BSD-3),
# taken from PyPI's littlefs-python sdist (pinned, sha256-checked) into
# LITTLEFS_DIR, outside the repository; the driver compiles them into the
# runtime when they are there (Sources/MPYDriver/Driver.swift).
LITTLEFS_DIR=/usr/local/share/mpy-native/littlefs
LITTLEFS_SDIST=littlefs_python-0.19.0.tar.gz
LITTLEFS_URL=https://files.pythonhosted.org/packages/d8/2d/22e8b009632efa8c917724e4e20e30b57be8b9ae6acf403ac8f1887bb205/$LITTLEFS_SDIST
LITTLEFS_SHA256=4ce8c6eeeb2703abaf8cb60f2dab624b17af42b13df3dbc6c42d4142bad79a59
if [ ! -f "$LITTLEFS_DIR/.sha256-$LITTLEFS_SHA256" ]; then
  echo "bootstrap: installing littlefs from $LITTLEFS_SDIST"
  tmp=$(mktemp -d)
  curl -sSfL -o "$tmp/$LITTLEFS_SDIST" "$LITTLEFS_URL"
  echo "$LITTLEFS_SHA256  $tmp/$LITTLEFS_SDIST" | sha256sum -c --quiet
  tar -xzf "$tmp/$LITTLEFS_SDIST" -C "$tmp"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO mkdir -p "$LITTLEFS_DIR"
  for f in lfs.c lfs.h lfs_util.c lfs_util.h LICENSE.md; do
    $SUDO install -m 0644 "$tmp/${LITTLEFS_SDIST%.tar.gz}/littlefs/$f" "$LITTLEFS_DIR/$f"
  done
  $SUDO touch "$LITTLEFS_DIR/.sha256-$LITTLEFS_SHA256"
  rm -rf "$tmp"
fi
