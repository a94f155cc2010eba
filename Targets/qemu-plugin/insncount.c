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
 * `clang -shared -fPIC -O2` into its cache. */
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

#define EXPORT __attribute__((visibility("default")))
EXPORT int qemu_plugin_version = 1;
EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv);
/* ---- end of the API ---- */

static uint64_t executed;
static char out_path[4096];

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &executed, qemu_plugin_tb_n_insns(tb));
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
    fclose(f);
}

int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "out=", 4) == 0 && strlen(argv[i] + 4) < sizeof out_path) {
            strcpy(out_path, argv[i] + 4);
        } else {
            fprintf(stderr, "insncount: unknown argument '%s' (expected out=PATH)\n", argv[i]);
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
