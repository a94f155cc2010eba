"""The test harness: the output contract (contract.py) and the runners
built on it (run_programs.py, sanitizers.py, freeze.py); beside them,
check-insncount.sh checks the boards' instruction counter."""
