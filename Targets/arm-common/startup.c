/* Reset and exceptions for the ARMv7-M boards: the vector table, the reset
 * handler (board hook, .data copy, .bss zero, switch to the thread stack,
 * main, exit) and the fault handler, which reports a fault on stderr and
 * exits with status 131 instead of letting the CPU hang or lock up. */
#include <stdint.h>
#include <stddef.h>
#include "semihosting.h"

extern uint32_t __data_start[], __data_end[], __data_load[], __bss_start[], __bss_end[];
extern uint32_t __thread_stack_top[], __handler_stack_top[];

int main(void);
void mp_port_exit(int status) __attribute__((noreturn));
void mp_arm_systick(void); /* port.c */
void mp_arm_timer0(void); /* port.c */
void mp_arm_board_init(void); /* Targets/<arch>/board.c: runs before any other code */
void mp_arm_reset(void) __attribute__((noreturn));
void mp_arm_fault_entry(void);

#define REG(addr) (*(volatile uint32_t *)(addr))
#define SCB_SHCSR REG(0xE000ED24)
#define SCB_CFSR REG(0xE000ED28)
#define SCB_HFSR REG(0xE000ED2C)
#define SCB_MMFAR REG(0xE000ED34)
#define SCB_BFAR REG(0xE000ED38)

#define MPU_CTRL REG(0xE000ED94)
#define MPU_RNR REG(0xE000ED98)
#define MPU_RBAR REG(0xE000ED9C)
#define MPU_RASR REG(0xE000EDA0)

#define FAULT_STATUS 131
/* The lowest 1 KiB of the thread stack is a no-access MPU region: a stack
 * overflow faults there (below SRAM the boards ignore writes and read
 * zeros, so without the guard an overflow would fail somewhere later). */
#define GUARD_SIZE 1024
#define GUARD_SIZE_FIELD 9 /* region size 2^(9+1) */

/* The stacks, placed at the start of SRAM by firmware.ld (thread stack
 * first, its guard at the start of SRAM). */
#ifndef MPY_STACK_SIZE
#define MPY_STACK_SIZE (1024 * 1024)
#endif
#define HANDLER_STACK_SIZE 4096
__attribute__((section(".noinit.stack.thread"), aligned(GUARD_SIZE), used)) static uint8_t thread_stack[MPY_STACK_SIZE];
__attribute__((section(".noinit.stack.handler"), aligned(8), used)) static uint8_t handler_stack[HANDLER_STACK_SIZE];

/* Runs main on the thread stack (PSP), so that exceptions, taken on the
 * handler stack (MSP), still work when the thread stack has overflowed. */
__attribute__((naked, noreturn)) static void run_on_thread_stack(uint32_t *top) {
    __asm__ volatile("msr psp, r0\n"
                     "movs r1, #2\n" /* CONTROL.SPSEL: thread mode uses PSP */
                     "msr control, r1\n"
                     "isb\n"
                     "bl main\n"
                     "bl mp_port_exit\n");
}

void mp_arm_reset(void) {
    mp_arm_board_init();
    for (uint32_t *s = __data_load, *d = __data_start; d < __data_end;) *d++ = *s++;
    for (uint32_t *d = __bss_start; d < __bss_end;) *d++ = 0;
    /* Usage, bus and memory faults get their own vectors (all land in the
     * same handler) rather than escalating to HardFault. */
    SCB_SHCSR |= (1u << 16) | (1u << 17) | (1u << 18);
    MPU_RNR = 0;
    MPU_RBAR = (uint32_t)(uintptr_t)thread_stack;
    MPU_RASR = (1u << 28) | (GUARD_SIZE_FIELD << 1) | 1; /* XN, AP no access, enabled */
    MPU_CTRL = (1u << 2) | 1; /* PRIVDEFENA (the default map elsewhere), ENABLE */
    __asm__ volatile("dsb\n isb" ::: "memory");
    run_on_thread_stack(__thread_stack_top);
}

static const char *const exception_names[16] = {
    [2] = "NMI",
    [3] = "HardFault",
    [4] = "MemManage fault",
    [5] = "BusFault",
    [6] = "UsageFault",
    [11] = "SVCall",
    [12] = "DebugMonitor",
    [14] = "PendSV",
};

static void put_hex(char *p, uint32_t v) {
    p[0] = '0';
    p[1] = 'x';
    for (int i = 0; i < 8; i++) p[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 15];
    p[10] = 0;
}

static void put_field(const char *name, uint32_t v) {
    char hex[11];
    put_hex(hex, v);
    mp_arm_write_err(name);
    mp_arm_write_err(hex);
}

/* `frame` is the exception frame the CPU stacked (r0-r3, r12, lr, pc,
 * xpsr), or NULL when stacking itself failed (a thread-stack overflow). */
__attribute__((noreturn, used)) void mp_arm_fault(uint32_t *frame, uint32_t ipsr) {
    mp_arm_console_flush();
    uint32_t n = ipsr & 0x1ff;
    const char *name = n < 16 ? exception_names[n] : 0;
    mp_arm_write_err("\nmpy-native: ");
    if (name)
        mp_arm_write_err(name);
    else
        put_field("unexpected interrupt ", n);
    uint32_t cfsr = SCB_CFSR;
    uint32_t psp;
    __asm__ volatile("mrs %0, psp" : "=r"(psp));
    if (psp >= (uint32_t)(uintptr_t)thread_stack && psp < (uint32_t)(uintptr_t)thread_stack + GUARD_SIZE + 64)
        frame = 0;
    if (frame) {
        put_field(" at pc=", frame[6]);
        put_field(" lr=", frame[5]);
    } else {
        mp_arm_write_err(" (the stack overflowed)");
    }
    put_field(" cfsr=", cfsr);
    put_field(" hfsr=", SCB_HFSR);
    if (cfsr & (1u << 15)) put_field(" bfar=", SCB_BFAR);
    if (cfsr & (1u << 7)) put_field(" mmfar=", SCB_MMFAR);
    mp_arm_write_err("\n");
    mp_port_exit(FAULT_STATUS);
}

/* Finds the stacked frame: EXC_RETURN bit 2 tells which stack holds it. A
 * stacking error (CFSR STKERR or MSTKERR) means there is none. */
__attribute__((naked)) void mp_arm_fault_entry(void) {
    __asm__ volatile("ldr r2, =0xE000ED28\n"
                     "ldr r2, [r2]\n"
                     "movw r3, #0x1010\n" /* CFSR.STKERR | CFSR.MSTKERR */
                     "tst r2, r3\n"
                     "bne 2f\n"
                     "tst lr, #4\n"
                     "ite eq\n"
                     "mrseq r0, msp\n"
                     "mrsne r0, psp\n"
                     "b 3f\n"
                     "2: movs r0, #0\n"
                     "3: mrs r1, ipsr\n"
                     "b mp_arm_fault\n");
}

typedef void (*vector_t)(void);

/* System exceptions, then the board's interrupts: the CMSDK timer 0 (IRQ 8)
 * wakes mp_port_sleep_us; any other that fires is reported as unexpected. */
__attribute__((section(".vectors"), used)) const vector_t mp_arm_vectors[16 + 32] = {
    [0] = (vector_t)(uintptr_t)__handler_stack_top,
    [1] = mp_arm_reset,
    [2 ... 14] = mp_arm_fault_entry,
    [15] = mp_arm_systick,
    [16 ... 23] = mp_arm_fault_entry,
    [24] = mp_arm_timer0,
    [25 ... 47] = mp_arm_fault_entry,
};
