#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, then runs every
# suite in turn. .ci/run calls exactly this. Stops at the first failing suite.
set -euo pipefail
cd "$(dirname "$0")/.."

suites_passed=0
suite() { printf '\n=== %s ===\n' "$1"; }

suite "bootstrap"
scripts/bootstrap.sh

suite "formatting (swift-format, clang-format-19)"
scripts/format.sh --check
suites_passed=$((suites_passed + 1))

suite "build"
swift build 2>&1 | tail -3

suite "unit tests (swift test)"
swift test 2>&1 | tail -15
suites_passed=$((suites_passed + 1))

suite "golden and error tests (lit + FileCheck)"
MPY_NATIVE="$PWD/.build/debug/mpy-native" python3 -c 'from lit.main import main; main()' -q Tests/lit
suites_passed=$((suites_passed + 1))

suite "standard library corpus"
python3 Tests/oracle/stdlib-corpus.py --binary .build/debug/mpy-native
suites_passed=$((suites_passed + 1))

suite "AST against CPython's ast module"
python3 Tests/oracle/ast-compare.py --binary .build/debug/mpy-native
suites_passed=$((suites_passed + 1))

suite "runtime: freestanding ARMv7-M build"
Tests/runtime/check-runtime-arm.sh
suites_passed=$((suites_passed + 1))

suite "runtime: big integers against CPython"
Tests/runtime/test-mpz.sh
suites_passed=$((suites_passed + 1))

suite "runtime: float formatting and parsing against CPython"
Tests/runtime/test-fpconv.sh
suites_passed=$((suites_passed + 1))

suite "programs against CPython (host, bytecode)"
python3 Tests/harness/run_programs.py --binary .build/debug/mpy-native
suites_passed=$((suites_passed + 1))

suite "programs in GC stress mode"
python3 Tests/harness/run_programs.py --binary .build/debug/mpy-native --gc-stress
suites_passed=$((suites_passed + 1))

suite "programs against CPython (host, native, -O2)"
python3 Tests/harness/run_programs.py --binary .build/debug/mpy-native --emit native
suites_passed=$((suites_passed + 1))

suite "programs against CPython (host, native, -O0)"
python3 Tests/harness/run_programs.py --binary .build/debug/mpy-native --emit native --opt O0
suites_passed=$((suites_passed + 1))

suite "programs in GC stress mode (native)"
python3 Tests/harness/run_programs.py --binary .build/debug/mpy-native --emit native --gc-stress
suites_passed=$((suites_passed + 1))

for arch in armv7m armv7emsp; do
  suite "programs against CPython ($arch on QEMU, bytecode)"
  python3 Tests/harness/run_programs.py --binary .build/debug/mpy-native --arch "$arch"
  suites_passed=$((suites_passed + 1))

  suite "programs against CPython ($arch on QEMU, native, -O2)"
  python3 Tests/harness/run_programs.py --binary .build/debug/mpy-native --arch "$arch" --emit native
  suites_passed=$((suites_passed + 1))
done

suite "programs against CPython (armv7m on QEMU, native, -Os: no inline fast paths)"
python3 Tests/harness/run_programs.py --binary .build/debug/mpy-native --arch armv7m --emit native --opt Os
suites_passed=$((suites_passed + 1))

suite "frozen modules from a manifest (host and both boards)"
python3 Tests/harness/freeze.py --binary .build/debug/mpy-native
suites_passed=$((suites_passed + 1))

suite "instruction counts on the ARM boards are deterministic"
Tests/harness/check-insncount.sh .build/debug/mpy-native
suites_passed=$((suites_passed + 1))

suite "benchmarks, quick run (outputs checked against CPython)"
Benchmarks/harness/run.py --quick --binary .build/debug/mpy-native --out "$(mktemp -d)"
suites_passed=$((suites_passed + 1))

suite "viper kernel against C, quick check (host and armv7m; outputs checked against CPython)"
Benchmarks/harness/viper.py --check --filter crc32 --binary .build/debug/mpy-native --out "$(mktemp -d)"
Benchmarks/harness/viper.py --check --filter crc32 --arch armv7m --binary .build/debug/mpy-native --out "$(mktemp -d)"
suites_passed=$((suites_passed + 1))

suite "programs with an ASan+UBSan runtime"
python3 Tests/harness/sanitizers.py
suites_passed=$((suites_passed + 1))

suite "differential testing: random programs under CPython, bytecode and native"
python3 Tests/difftest/run.py --count "${MPY_DIFFTEST_COUNT:-100}" --jobs 2 --seed "${MPY_DIFFTEST_SEED:-$(date +%j)}" --binary .build/debug/mpy-native
suites_passed=$((suites_passed + 1))

suite "front-end fuzz (short run)"
corpus_list=$(mktemp)
python3 -c 'import sysconfig, pathlib; print("\n".join(str(p) for p in sorted(pathlib.Path(sysconfig.get_paths()["stdlib"]).glob("*.py"))))' > "$corpus_list"
.build/debug/mpy-fuzz --count "${MPY_FUZZ_COUNT:-100000}" --seed "${MPY_FUZZ_SEED:-$(date +%j)}" --corpus-from "$corpus_list" --quiet
rm -f "$corpus_list"
suites_passed=$((suites_passed + 1))

printf '\ntest suites: %d passed, 0 failed\n' "$suites_passed"
