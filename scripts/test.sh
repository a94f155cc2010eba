#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, then runs every
# suite in turn. .ci/run calls exactly this. A failing suite does not stop
# the run: every suite runs, and the last line counts them from their exit
# statuses (`test suites: N passed, M failed`); the exit status is 1 if any
# failed. The runners live under Tests/ (see docs/ARCHITECTURE.md, Testing).
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
failed_names=()
# suite NAME COMMAND...: runs one suite and counts it by its exit status.
suite() {
  local name=$1
  shift
  printf '\n=== %s ===\n' "$name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failed_names+=("$name")
    printf '=== FAILED: %s ===\n' "$name"
  fi
}

MPY=.build/debug/mpy-native
programs() { python3 Tests/harness/run_programs.py --binary "$MPY" "$@"; }
build() { swift build 2>&1 | tail -3; }
unit_tests() { swift test 2>&1 | tail -15; }
lit_tests() { MPY_NATIVE="$PWD/$MPY" python3 -c 'from lit.main import main; main()' -q Tests/lit; }
viper_check() {
  local status=0
  Benchmarks/harness/viper.py --check --filter crc32 --binary "$MPY" --out "$(mktemp -d)" || status=1
  Benchmarks/harness/viper.py --check --filter crc32 --arch armv7m --binary "$MPY" --out "$(mktemp -d)" || status=1
  return $status
}
apifuzz() {
  local status=0 seed="${MPY_APIFUZZ_SEED:-$(date +%j)}"
  python3 Tests/apifuzz/apifuzz.py --binary "$MPY" --calls 3000 --seed "$seed" || status=1
  python3 Tests/apifuzz/apifuzz.py --binary "$MPY" --calls 3000 --seed "$((seed + 1))" --emit native || status=1
  python3 Tests/apifuzz/apifuzz.py --binary "$MPY" --calls 2000 --seed "$((seed + 2))" --sanitize || status=1
  python3 Tests/apifuzz/apifuzz.py --binary "$MPY" --calls 2000 --seed "$((seed + 3))" --arch armv7m || status=1
  return $status
}
libfuzz() {
  local status=0 seed="${MPY_LIBFUZZ_SEED:-$(date +%j)}"
  python3 Tests/libfuzz/fuzz_json.py --binary "$MPY" --count 3000 --seed "$seed" || status=1
  python3 Tests/libfuzz/fuzz_json.py --binary "$MPY" --count 500 --seed "$((seed + 1))" --arch armv7m || status=1
  python3 Tests/libfuzz/fuzz_re.py --binary "$MPY" --count 3000 --seed "$seed" || status=1
  python3 Tests/libfuzz/fuzz_re.py --binary "$MPY" --count 300 --seed "$((seed + 1))" --arch armv7m --emit native || status=1
  python3 Tests/libfuzz/fuzz_re.py --binary "$MPY" --count 1000 --seed "$((seed + 2))" --sanitize || status=1
  python3 Tests/libfuzz/deflate_cpython.py --binary "$MPY" --seed "$seed" || status=1
  python3 Tests/libfuzz/deflate_cpython.py --binary "$MPY" --seed "$seed" --arch armv7m || status=1
  return $status
}
fuzz() {
  local corpus_list status
  corpus_list=$(mktemp)
  python3 -c 'import sysconfig, pathlib; print("\n".join(str(p) for p in sorted(pathlib.Path(sysconfig.get_paths()["stdlib"]).glob("*.py"))))' > "$corpus_list"
  .build/debug/mpy-fuzz --count "${MPY_FUZZ_COUNT:-100000}" --seed "${MPY_FUZZ_SEED:-$(date +%j)}" --corpus-from "$corpus_list" --quiet
  status=$?
  rm -f "$corpus_list"
  return $status
}

suite "bootstrap" scripts/bootstrap.sh
suite "formatting (swift-format, clang-format-19)" scripts/format.sh --check
suite "build" build
suite "unit tests (swift test)" unit_tests
suite "golden and error tests (lit + FileCheck)" lit_tests
suite "standard library corpus" python3 Tests/oracle/stdlib-corpus.py --binary "$MPY"
suite "AST against CPython's ast module" python3 Tests/oracle/ast-compare.py --binary "$MPY"
suite "runtime: freestanding ARMv7-M build" Tests/runtime/check-runtime-arm.sh
suite "runtime: big integers against CPython" Tests/runtime/test-mpz.sh
suite "runtime: allocator and collector" Tests/runtime/test-gc.sh
suite "runtime: float formatting and parsing against CPython" Tests/runtime/test-fpconv.sh
suite "programs against CPython (host, bytecode)" programs
suite "programs in GC stress mode" programs --gc-stress
suite "programs against CPython (host, native, -O2)" programs --emit native
suite "programs against CPython (host, native, -O0)" programs --emit native --opt O0
suite "programs in GC stress mode (native)" programs --emit native --gc-stress
for arch in armv7m armv7emsp; do
  suite "programs against CPython ($arch on QEMU, bytecode)" programs --arch "$arch"
  suite "programs against CPython ($arch on QEMU, native, -O2)" programs --arch "$arch" --emit native
done
suite "programs against CPython (armv7m on QEMU, native, -Os: no inline fast paths)" programs --arch armv7m --emit native --opt Os
suite "frozen modules from a manifest (host and both boards)" python3 Tests/harness/freeze.py --binary "$MPY"
suite "instruction counts on the ARM boards are deterministic" Tests/harness/check-insncount.sh "$MPY"
suite "the compiler binary alone in an empty folder (host and armv7m)" Tests/install/solo-binary.sh "$MPY"
suite "compile time and memory linear in program size (quick)" python3 Benchmarks/compiletime/compiletime.py --quick --binary "$MPY"
suite "benchmarks, quick run (outputs checked against CPython)" \
  Benchmarks/harness/run.py --quick --binary "$MPY" --out "$(mktemp -d)"
suite "viper kernel against C, quick check (host and armv7m; outputs checked against CPython)" viper_check
suite "programs with an ASan+UBSan runtime" python3 Tests/harness/sanitizers.py
suite "differential testing: random programs under CPython, bytecode and native" \
  python3 Tests/difftest/run.py --count "${MPY_DIFFTEST_COUNT:-100}" --jobs 2 --seed "${MPY_DIFFTEST_SEED:-$(date +%j)}" --binary "$MPY"
suite "runtime API fuzz (short runs: host bytecode and native, ASan+UBSan, armv7m)" apifuzz
suite "library fuzz: json and re (short runs: host, armv7m, ASan+UBSan); deflate against CPython's zlib" libfuzz
suite "front-end fuzz (short run)" fuzz

printf '\ntest suites: %d passed, %d failed\n' "$passed" "$failed"
for name in "${failed_names[@]}"; do
  printf '  failed: %s\n' "$name"
done
[ "$failed" = 0 ]
