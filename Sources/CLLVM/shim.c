/* Empty translation unit: SwiftPM needs one source file for a C target.
   The module itself is the header CLLVM.h (the LLVM 19 C API). */
