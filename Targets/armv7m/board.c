/* Cortex-M3 board (QEMU mps2-an385): no FPU, doubles in software (libgcc).
 * The common board support is in Targets/arm-common; this is the one hook
 * the reset handler calls before anything else runs. */
void mp_arm_board_init(void);
void mp_arm_board_init(void) {}
