/* Port of the runtime to the ARMv7-M boards (QEMU mps2-an385/an386): the
 * heap arena (a static array of MPY_HEAP_SIZE bytes), stdin, stdout and
 * stderr as semihosting handles, the exit status through SYS_EXIT_EXTENDED, a
 * microsecond clock from SysTick (wall-clock time from SYS_TIME), sys.argv
 * from the semihosting command line, and main(), which runs the program's
 * main module. */
#include "mpy/runtime.h"
#include "semihosting.h"

#ifndef MPY_HEAP_SIZE
#define MPY_HEAP_SIZE (2560 * 1024)
#endif
/* Bytes of the thread stack kept free below the recursion budget: C code
 * between two frame entries (printing, sorting, the collector's marking)
 * must fit in it. */
#define STACK_MARGIN (96 * 1024)

extern char __thread_stack_bottom[];

static uint8_t heap[MPY_HEAP_SIZE] __attribute__((aligned(16), section(".noinit.heap")));

/* ---- console ------------------------------------------------------------
 * QEMU opens ":tt" as its own stdin for modes 0-3 ("r"), stdout for 4-7
 * ("w") and stderr for 8-11 ("a"). stdout is line buffered, as a C stdout
 * on a terminal: each SYS_WRITE is a trap into the emulator. */
static intptr_t h_in = -1, h_out = -1, h_err = -1;
static char out_buf[256];
static size_t out_len;

static intptr_t open_tt(uintptr_t mode) {
    const uintptr_t block[3] = { (uintptr_t)":tt", mode, 3 };
    return mp_semihost(SH_SYS_OPEN, block);
}

static void sh_write(intptr_t h, const char *s, size_t n) {
    while (n > 0) {
        if (h < 0) {
            /* No handle (not opened yet, or refused): the debug console. */
            char chunk[65];
            size_t k = n < 64 ? n : 64;
            for (size_t i = 0; i < k; i++) chunk[i] = s[i] ? s[i] : ' ';
            chunk[k] = 0;
            mp_semihost(SH_SYS_WRITE0, chunk);
            s += k;
            n -= k;
            continue;
        }
        const uintptr_t block[3] = { (uintptr_t)h, (uintptr_t)s, n };
        intptr_t left = mp_semihost(SH_SYS_WRITE, block);
        if (left < 0 || (size_t)left >= n) return; /* error: drop the rest */
        s += n - (size_t)left;
        n = (size_t)left;
    }
}

void mp_arm_console_flush(void) {
    if (out_len) sh_write(h_out, out_buf, out_len);
    out_len = 0;
}

void mp_arm_write_err(const char *s) { sh_write(h_err, s, __builtin_strlen(s)); }

void mp_port_write(int fd, const char *s, size_t n) {
    if (fd != 1) {
        mp_arm_console_flush();
        sh_write(h_err, s, n);
        return;
    }
    bool newline = false;
    while (n > 0) {
        if (out_len == sizeof out_buf) mp_arm_console_flush();
        size_t k = sizeof out_buf - out_len;
        if (k > n) k = n;
        for (size_t i = 0; i < k; i++) {
            char c = s[i];
            out_buf[out_len++] = c;
            newline |= c == '\n';
        }
        s += k;
        n -= k;
    }
    if (newline) mp_arm_console_flush();
}

void mp_port_flush(void) { mp_arm_console_flush(); }

/* stdin: SYS_READ on QEMU's own stdin (the driver leaves it to the
 * program), which answers with the count not read after one read(2) of
 * the host: what a pipe holds, a line of a terminal. stdout is written out
 * first, as C's stdio does before it reads. */
mp_int_t mp_port_read_stdin(char *buf, size_t n) {
    mp_arm_console_flush();
    if (h_in < 0) return 0;
    const uintptr_t block[3] = { (uintptr_t)h_in, (uintptr_t)buf, n };
    intptr_t left = mp_semihost(SH_SYS_READ, block);
    if (left < 0 || (size_t)left > n) return -1;
    return (mp_int_t)(n - (size_t)left);
}

/* Semihosting cannot tell whether a read would wait: stdin counts as
 * readable (a read of a pipe or a file does not wait for ever). */
bool mp_port_stdin_wait(uint64_t us) {
    (void)us;
    return true;
}

static void print_write(void *ctx, const char *s, size_t n) { mp_port_write((int)(intptr_t)ctx, s, n); }
static const mp_print_t out = { print_write, (void *)1 };
static const mp_print_t err = { print_write, (void *)2 };

void mp_port_exit(int status) {
    mp_arm_console_flush();
    const uintptr_t block[2] = { SH_ADP_STOPPED_APPLICATION_EXIT, (uintptr_t)status };
    mp_semihost(SH_SYS_EXIT_EXTENDED, block);
    /* A debugger without the extended call: plain exit (status lost). */
    mp_semihost(SH_SYS_EXIT, (const void *)(uintptr_t)SH_ADP_STOPPED_APPLICATION_EXIT);
    for (;;) __asm__ volatile("wfi");
}

/* ---- clock ----------------------------------------------------------------
 * SysTick counts the board's 1 MHz reference clock (CLKSOURCE = 0) down
 * through 999999 .. 1, 0 and interrupts when it reaches 0, once a second;
 * the interrupt counts seconds. Writing the current value clears it to 0,
 * so the count starts at 0 too. */
#define SYST_CSR (*(volatile uint32_t *)0xE000E010)
#define SYST_RVR (*(volatile uint32_t *)0xE000E014)
#define SYST_CVR (*(volatile uint32_t *)0xE000E018)
#define SCB_ICSR (*(volatile uint32_t *)0xE000ED04)
#define ICSR_PENDSTSET (1u << 26)
#define TICK_HZ 1000000u

static volatile uint32_t seconds;

void mp_arm_systick(void) { seconds++; }

static void clock_init(void) {
    SYST_RVR = TICK_HZ - 1;
    SYST_CVR = 0;
    SYST_CSR = 3; /* ENABLE | TICKINT, reference clock */
}

uint64_t mp_port_ticks_us(void) {
    uint32_t s, v, pending;
    do {
        s = seconds;
        v = SYST_CVR;
        pending = SCB_ICSR & ICSR_PENDSTSET;
    } while (s != seconds); /* the interrupt ran between the reads */
    bool new_period = v == 0 || v > TICK_HZ / 2;
    /* The counter wrapped before v was read but its interrupt has not run yet. */
    if (pending && new_period) s++;
    return (uint64_t)s * TICK_HZ + (v == 0 ? 0 : TICK_HZ - v);
}

/* Wall-clock time: the host's clock (SYS_TIME, whole seconds since 1970)
 * read at start-up, advanced by SysTick. */
static int64_t epoch_us;

int64_t mp_port_time_us(void);
int64_t mp_port_time_us(void) { return epoch_us + (int64_t)mp_port_ticks_us(); }

/* Sleeping: the core waits in WFI until the deadline. The wake-up source is
 * the CMSDK APB timer 0 of the MPS2 boards (0x40000000, IRQ 8, counting the
 * 25 MHz system clock down to 0), armed for what is left of the sleep at
 * 12 counts a microsecond (QEMU's timer runs at half its rate under
 * -icount: it fires at the deadline there, and halfway without -icount,
 * where the loop arms it again for the rest: a few wake-ups per sleep);
 * SysTick's interrupts wake the core as well. Interrupts are masked
 * (PRIMASK) around arming and WFI, so one that fires before WFI still ends
 * it (a pending interrupt wakes WFI whatever PRIMASK says) and runs when
 * they are unmasked; every wake-up reads the clock again, so ticks_us stays
 * SysTick's and a sleep never ends early. */
#define TIMER0 ((volatile uint32_t *)0x40000000) /* CTRL, VALUE, RELOAD, INTSTATUS/INTCLEAR */
#define TIMER_CTRL_ENABLE 1u
#define TIMER_CTRL_IRQ 8u
#define NVIC_ISER0 (*(volatile uint32_t *)0xE000E100)
#define TIMER0_IRQ 8
#define TIMER_CLOCKS_PER_US 12u
#define SLEEP_CHUNK_US 100000000u /* the 32-bit counter holds 171 s */

void mp_arm_timer0(void) {
    TIMER0[0] = 0;
    TIMER0[3] = 1;
}

void mp_port_sleep_us(uint64_t us) {
    mp_arm_console_flush();
    uint64_t end = mp_port_ticks_us() + us;
    NVIC_ISER0 = 1u << TIMER0_IRQ;
    for (;;) {
        uint64_t now = mp_port_ticks_us();
        if (now >= end) break;
        uint64_t left = end - now;
        if (left > SLEEP_CHUNK_US) left = SLEEP_CHUNK_US;
        __asm__ volatile("cpsid i" ::: "memory");
        TIMER0[0] = 0;
        TIMER0[3] = 1;
        TIMER0[2] = (uint32_t)left * TIMER_CLOCKS_PER_US;
        TIMER0[1] = (uint32_t)left * TIMER_CLOCKS_PER_US;
        TIMER0[0] = TIMER_CTRL_ENABLE | TIMER_CTRL_IRQ;
        __asm__ volatile("dsb\n wfi" ::: "memory");
        __asm__ volatile("cpsie i\n isb" ::: "memory");
    }
    TIMER0[0] = 0;
}

/* ---- sys.argv -------------------------------------------------------------
 * The semihosting command line (QEMU: the -semihosting-config arg= values
 * joined by spaces), split at spaces. sys.argv[0] is the main module's
 * name, so the first word carries the port's options instead: the driver
 * passes "MPY_GC_STRESS=1" there when that is set in its environment. */
#define CMDLINE_MAX 512
#define ARGS_MAX 32
static char cmdline[CMDLINE_MAX];
static char *args[ARGS_MAX + 1];

static void read_args(void) {
    int argc = mp_semihost_args(cmdline, CMDLINE_MAX, args, ARGS_MAX);
    mp_argc = argc;
    mp_argv = args;
    mp_gc_stress = argc > 0 && __builtin_strcmp(args[0], "MPY_GC_STRESS=1") == 0;
}

int main(void) {
    char stack_top;
    h_in = open_tt(0);
    h_out = open_tt(4);
    h_err = open_tt(8);
    read_args();
    clock_init();
    epoch_us = (int64_t)(uint32_t)mp_semihost(SH_SYS_TIME, 0) * 1000000;
    mp_state.out = &out;
    mp_state.err = &err;
    size_t stack = (size_t)(&stack_top - __thread_stack_bottom);
    mp_runtime_init(heap, sizeof heap, &stack_top, stack > 2 * STACK_MARGIN ? stack - STACK_MARGIN : stack / 2);
    return mp_run_main();
}
