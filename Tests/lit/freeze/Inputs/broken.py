# A module with a syntax error (module_source_error.py).
def broken(:
    pass
