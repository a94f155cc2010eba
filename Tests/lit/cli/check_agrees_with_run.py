# `check` compiles as `run` does (front end, bytecode compiler, image, native
# lowering) and writes nothing, so the two agree on what compiles; a
# diagnostic on a very long line shows a window around the column.
# RUN: rm -rf %t && mkdir -p %t
# RUN: python3 -c "print('X = [' + ', '.join(repr('s%%d' %% i) for i in range(70000)) + ']')" > %t/consts.py
# RUN: not %mpy-native check %t/consts.py 2>&1 | FileCheck %s --check-prefix=CONSTS
# RUN: not %mpy-native run %t/consts.py 2>&1 | FileCheck %s --check-prefix=CONSTS
# CONSTS: consts.py:1:1: error: too many constants in one code object
# CONSTS-NEXT: X = ['s0', 's1', {{.*}}...
# CONSTS-NEXT: ^
# The front end alone accepts it (as clang's -fsyntax-only would).
# RUN: %mpy-native check --syntax-only %t/consts.py
# A diagnostic in the middle of a long line: "..." on both sides, the caret under the column.
# RUN: python3 -c "print('x = (' + '1, ' * 500 + '$ ' + '2, ' * 500 + ')')" > %t/long.py
# RUN: not %mpy-native check %t/long.py 2>&1 | FileCheck %s --check-prefix=LONG --strict-whitespace
# LONG: long.py:1:1506: error: {{.*}}
# LONG-NEXT: ...{{.*}}1, 1, $ 2, 2{{.*}}...
# LONG-NEXT: {{^ +\^$}}
# A corpus program checks clean.
# RUN: %mpy-native check %S/../../programs/algo_binary_search.py
