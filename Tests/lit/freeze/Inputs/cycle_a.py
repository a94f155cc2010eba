# Included by include_cycle.py.
include("cycle_b.py")
