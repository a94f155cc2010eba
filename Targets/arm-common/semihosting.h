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
    SH_SYS_READ = 0x06,
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

/* The semihosting command line read into buf (size bytes) and split at
 * spaces into at most max words (args[max] stays free for a NULL); the
 * number of words, 0 when there is no command line. */
static inline int mp_semihost_args(char *buf, uintptr_t size, char **args, int max) {
    uintptr_t block[2] = { (uintptr_t)buf, size - 1 };
    if (mp_semihost(SH_SYS_GET_CMDLINE, block) != 0) return 0;
    int argc = 0;
    char *p = buf;
    while (*p && argc < max) {
        while (*p == ' ') *p++ = 0;
        if (!*p) break;
        args[argc++] = p;
        while (*p && *p != ' ') p++;
    }
    return argc;
}

/* The port's console (port.c), also used by the fault handler. */
void mp_arm_console_flush(void);
void mp_arm_write_err(const char *s);

#endif
