# Modules whose import cost on the heap heap_app.py measures.
freeze(".", script=["hm_empty.py", "hm_tiny.py", "hm_huge.py", "hm_funcs10.py",
                    "hm_globals10.py", "hm_globals40.py", "hm_globals10_bigstr.py"])
module("hm_huge_native.py", emit="native")
