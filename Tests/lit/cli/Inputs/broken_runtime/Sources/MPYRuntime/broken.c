/* A runtime source that does not compile (the CLI's tool-error test). */
int mpy_test_broken = ;
