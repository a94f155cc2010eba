/* Cortex-M4F board (QEMU mps2-an386): enables the single-precision FPU
 * before any floating-point instruction runs (the hard-float ABI passes
 * doubles in FP registers even though their arithmetic is in software).
 * The common board support is in Targets/arm-common. */
#include <stdint.h>

#define SCB_CPACR (*(volatile uint32_t *)0xE000ED88)

void mp_arm_board_init(void);
void mp_arm_board_init(void) {
    SCB_CPACR |= 0xFu << 20; /* CP10 and CP11: full access */
    __asm__ volatile("dsb\n isb" ::: "memory");
}
