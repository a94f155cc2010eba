/* A runtime with none of the runtime's symbols: linking a program against
   it fails (the CLI's link-error test). */
int mpy_test_nothing;
