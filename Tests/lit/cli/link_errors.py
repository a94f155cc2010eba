# A failing tool is reported by its own first error lines after one
# `mpy-native: error:` naming the output, never by our command line: a link
# against a runtime without the runtime's symbols, and a runtime source
# that does not compile (MPY_NATIVE_ROOT points at such a runtime).
# RUN: rm -rf %t && mkdir -p %t
# RUN: env MPY_NATIVE_ROOT=%S/Inputs/no_runtime MPY_NATIVE_CACHE=%t/cache python3 %S/Inputs/status.py %mpy-native build %s -o %t/prog | FileCheck %s --check-prefix=LINK
# RUN: env MPY_NATIVE_ROOT=%S/Inputs/no_runtime MPY_NATIVE_CACHE=%t/cache python3 %S/Inputs/status.py %mpy-native run %s | FileCheck %s --check-prefix=RUNCMD
# RUN: env MPY_NATIVE_ROOT=%S/Inputs/broken_runtime MPY_NATIVE_CACHE=%t/cache python3 %S/Inputs/status.py %mpy-native build %s -o %t/prog | FileCheck %s --check-prefix=COMPILE
print("hello")

# LINK: mpy-native: error: cannot link '{{.*}}/prog': /usr/bin/ld: {{.*}}
# LINK-NEXT: undefined reference to
# LINK-NOT: -lm
# LINK-NOT: linker command failed
# LINK: more lines from clang)
# LINK-NEXT: exit status 1
# RUNCMD: mpy-native: error: cannot link '{{.*}}link_errors.py': /usr/bin/ld:
# RUNCMD: exit status 1
# COMPILE: mpy-native: error: clang failed: {{.*}}broken.c:{{[0-9]+}}:{{[0-9]+}}: error: expected expression
# COMPILE-NOT: -std=c11
# COMPILE-NEXT: exit status 1
