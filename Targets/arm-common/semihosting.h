/* Semihosting: the debugger (here QEMU with -semihosting-config) services
 * requests the firmware makes with `bkpt 0xab` (r0 = operation, r1 = the
 * address of its argument block). This is the boards' only console and
 * their only way to report an exit status. */
#ifndef MPY_SEMIHOSTING_H
#define MPY_SEMIHOSTING_H

#include <stddef.h>
#include <stdint.h>

enum {
    SH_SYS_OPEN = 0x01,
    SH_SYS_WRITE0 = 0x04,
    SH_SYS_WRITE = 0x05,
    SH_SYS_TIME = 0x11,
    SH_SYS_GET_CMDLINE = 0x15,
    SH_SYS_EXIT = 0x18,
    SH_SYS_EXIT_EXTENDED = 0x20,
};
#define SH_ADP_STOPPED_APPLICATION_EXIT 0x20026

static inline intptr_t mp_semihost(uintptr_t op, const void *arg) {
    register uintptr_t r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return (intptr_t)r0;
}

/* The port's console (port.c), also used by the fault handler. */
void mp_arm_console_flush(void);
void mp_arm_write_err(const char *s);

#endif
