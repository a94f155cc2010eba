# Included by cycle_a.py; closes the cycle.
include("cycle_a.py")
