# Included by include_error.py: a call with a bad argument.
module("mod_a.py")
module(42)
