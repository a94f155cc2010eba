/* The ARM-board side of the C kernels, linked with the project's start-up
 * code (Targets/arm-common/startup.c: vector table, reset, fault handler)
 * and linker script in place of the runtime: stdout and stderr through
 * semihosting (as Targets/arm-common/port.c, but unbuffered), the command
 * line as argv, the exit status through SYS_EXIT_EXTENDED. No clock: the
 * harness counts instructions. */
#include "semihosting.h"
#include "bench.h"

void mp_arm_systick(void);
void mp_arm_timer0(void);
void mp_port_exit(int status) __attribute__((noreturn));

static intptr_t h_out = -1, h_err = -1;

static intptr_t open_tt(uintptr_t mode) {
    const uintptr_t block[3] = { (uintptr_t)":tt", mode, 3 };
    return mp_semihost(SH_SYS_OPEN, block);
}

static void sh_write(intptr_t h, const char *s) {
    size_t n = __builtin_strlen(s);
    if (h < 0) {
        mp_semihost(SH_SYS_WRITE0, s);
        return;
    }
    const uintptr_t block[3] = { (uintptr_t)h, (uintptr_t)s, n };
    mp_semihost(SH_SYS_WRITE, block);
}

void mp_arm_systick(void) {}
void mp_arm_timer0(void) {}
void mp_arm_console_flush(void) {}
void mp_arm_write_err(const char *s) { sh_write(h_err, s); }
void bench_out(const char *s) { sh_write(h_out, s); }
double bench_clock(void) { return 0; }
void bench_work(double seconds) { (void)seconds; }

void mp_port_exit(int status) {
    const uintptr_t block[2] = { SH_ADP_STOPPED_APPLICATION_EXIT, (uintptr_t)status };
    mp_semihost(SH_SYS_EXIT_EXTENDED, block);
    mp_semihost(SH_SYS_EXIT, (const void *)(uintptr_t)SH_ADP_STOPPED_APPLICATION_EXIT);
    for (;;) __asm__ volatile("wfi");
}

#define ARGS_MAX 8
static char cmdline[256];
static char *args[ARGS_MAX + 1];

int main(void) {
    h_out = open_tt(4);
    h_err = open_tt(8);
    int argc = mp_semihost_args(cmdline, sizeof cmdline, args, ARGS_MAX);
    return bench_main(argc, args);
}
