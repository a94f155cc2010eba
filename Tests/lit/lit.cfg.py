# lit configuration for mpy-native's golden tests: every .py file below this
# directory is a test whose RUN lines drive the compiler and FileCheck.
# A test whose program prints also runs it (`%mpy-native run`) and checks
# the exact output: `OUT:` lines (FileCheck --match-full-lines), the
# last followed by `OUT-EMPTY:`, computed with CPython and Tests/cpython-shims.
import os

import lit.formats

config.name = "mpy-native"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py"]
# The configuration and the bless tool are Python too, but not tests.
config.excludes = ["lit.cfg.py", "update_checks.py", "__pycache__", "Inputs"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = config.test_source_root

repo = os.path.dirname(os.path.dirname(config.test_source_root))
mpy_native = os.environ.get("MPY_NATIVE") or os.path.join(repo, ".build", "debug", "mpy-native")
llvm_bin = "/usr/lib/llvm-19/bin"

# lit substitutions are regular expressions: match the tool names only as
# whole words so file names and arguments that contain them are left alone.
config.substitutions.append(("%mpy-native", mpy_native))
config.substitutions.append((r"(?<![\w/.-])FileCheck(?![\w.-])", os.path.join(llvm_bin, "FileCheck")))
config.substitutions.append((r"(?<![\w/.-])not(?= )", os.path.join(llvm_bin, "not")))

# Keep the diagnostics' file names and the dumps independent of the caller.
config.environment["LC_ALL"] = "C.UTF-8"
