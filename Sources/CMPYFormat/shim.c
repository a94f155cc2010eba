/* Empty translation unit: SwiftPM needs one source file for a C target.
   The module is the header mpy_format.h (bytecode and image format). */
