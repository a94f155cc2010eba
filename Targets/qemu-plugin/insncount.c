/* A TCG plugin for qemu-system-arm that counts the guest instructions a
 * program executes, from reset to exit, and writes the count to a file.
 *
 * Why it exists: wall-clock time under an emulator says little about the
 * code (TCG translation, host load), while the number of executed Thumb-2
 * instructions is a property of the program and the same on every run. The
 * benchmark harness compares bytecode and native code on the boards with it
 * (`mpy-native run --arch armv7m --count-instructions`).
 *
 * Debian's QEMU 7.2 loads plugins (`-plugin FILE.so,out=PATH`) but ships no
 * qemu-plugin.h, so the few entry points of plugin API version 1 used here
 * are declared below. Each translated block gets an inline add of its
 * instruction count to one counter (one vCPU on these boards); QEMU calls
 * the atexit callback when it exits, also through semihosting's
 * SYS_EXIT_EXTENDED. Built by the driver (InstructionCounter.swift) with
 * `clang -shared -fPIC -O2` into its cache.
 *
 * `mark=0xADDR` (optional; the address of the runtime's `time.ticks_us`
 * function, found in the firmware's symbols by the driver) also records
 * the count each time that instruction executes, so that the section
 * between the first and the last call of `time.ticks_us()` can be counted
 * exactly as MicroPython's own counting plugin (mpboard.py) counts it on
 * MicroPython's firmware. The count there includes its block's
 * instructions (blocks are counted as they start); both ends are at the
 * same address, so that cancels out. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- QEMU plugin API v1 (the subset used) ---- */
typedef uint64_t qemu_plugin_id_t;
typedef struct qemu_info_t qemu_info_t; /* opaque here */
struct qemu_plugin_tb;
enum qemu_plugin_op { QEMU_PLUGIN_INLINE_ADD_U64 = 0 };
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);

void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, qemu_plugin_vcpu_tb_trans_cb_t cb);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
void qemu_plugin_register_vcpu_tb_exec_inline(
    struct qemu_plugin_tb *tb, enum qemu_plugin_op op, void *ptr, uint64_t imm);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb, void *userdata);
struct qemu_plugin_insn;
enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS = 0 };
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb, size_t idx);
uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
void qemu_plugin_register_vcpu_insn_exec_cb(
    struct qemu_plugin_insn *insn, qemu_plugin_vcpu_udata_cb_t cb, enum qemu_plugin_cb_flags flags, void *userdata);

#define EXPORT __attribute__((visibility("default")))
EXPORT int qemu_plugin_version = 1;
EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv);
/* ---- end of the API ---- */

static uint64_t executed;
static char out_path[4096];
static uint64_t mark = UINT64_MAX; /* no mark */
static uint64_t first_mark, last_mark, marks;

static void on_mark(unsigned int vcpu, void *userdata) {
    (void)vcpu;
    (void)userdata;
    if (marks++ == 0) first_mark = executed;
    last_mark = executed;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &executed, n);
    if (mark == UINT64_MAX) return;
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        if (qemu_plugin_insn_vaddr(insn) == mark)
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_mark, QEMU_PLUGIN_CB_NO_REGS, NULL);
    }
}

static void write_count(qemu_plugin_id_t id, void *userdata) {
    (void)id;
    (void)userdata;
    FILE *f = fopen(out_path, "w");
    if (!f) {
        fprintf(stderr, "insncount: cannot write %s\n", out_path);
        return;
    }
    fprintf(f, "%llu\n", (unsigned long long)executed);
    /* marks, and the instructions between the first and the last */
    fprintf(f, "%llu %llu\n", (unsigned long long)marks, (unsigned long long)(last_mark - first_mark));
    fclose(f);
}

int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "out=", 4) == 0 && strlen(argv[i] + 4) < sizeof out_path) {
            strcpy(out_path, argv[i] + 4);
        } else if (strncmp(argv[i], "mark=", 5) == 0) {
            mark = strtoull(argv[i] + 5, NULL, 0) & ~(uint64_t)1; /* a Thumb function's address has bit 0 set */
        } else {
            fprintf(stderr, "insncount: unknown argument '%s' (expected out=PATH or mark=ADDRESS)\n", argv[i]);
            return -1;
        }
    }
    if (!out_path[0]) {
        fprintf(stderr, "insncount: no output file (expected out=PATH)\n");
        return -1;
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, write_count, NULL);
    return 0;
}
