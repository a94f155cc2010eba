# Runs a command with its stderr merged into its stdout, then prints
# "exit status N": lit's shell cannot test an exact exit status itself.
import subprocess
import sys

sys.stdout.flush()
status = subprocess.run(sys.argv[1:], stderr=subprocess.STDOUT).returncode
print(f"exit status {status}")
