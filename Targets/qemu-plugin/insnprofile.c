/* A TCG plugin for qemu-system-arm that profiles where a firmware spends
 * its instructions: for every translated block, how many times it ran
 * inside the timed section (between the first and the last execution of
 * the instruction at `mark`, the runtime's `time.ticks_us`), written as
 * `ADDRESS INSNS COUNT` lines; scripts/board-profile.py adds them up per
 * function with the firmware's symbol table.
 *
 * Why it exists apart from insncount.c: the counter is the measuring
 * instrument of the test suite and stays minimal; this one is a developer
 * tool, used on our firmware and on MicroPython's own (it accepts the
 * arguments MicroPython's mpboard.py passes to its counting plugin, and
 * writes that plugin's report format to `out=` so that mpboard.py can run
 * it unchanged).
 *
 * Arguments: profile=PATH (the histogram), mark=0xADDR, out=PATH,
 * lo=/hi= (accepted and ignored). Without a mark, the whole run counts.
 *
 * A block's count in the section is its count at the last mark less its
 * count at the first: each mark snapshots every block's counter (marks
 * are rare: a benchmark calls ticks_us a few times). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- QEMU plugin API v1 (the subset used; Debian ships no header) ---- */
typedef uint64_t qemu_plugin_id_t;
typedef struct qemu_info_t qemu_info_t;
struct qemu_plugin_tb;
struct qemu_plugin_insn;
enum qemu_plugin_op { QEMU_PLUGIN_INLINE_ADD_U64 = 0 };
enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS = 0 };
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void *userdata);
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, void (*cb)(qemu_plugin_id_t, struct qemu_plugin_tb *));
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
void qemu_plugin_register_vcpu_tb_exec_inline(
    struct qemu_plugin_tb *tb, enum qemu_plugin_op op, void *ptr, uint64_t imm);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(const struct qemu_plugin_tb *tb, size_t idx);
uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
void qemu_plugin_register_vcpu_insn_exec_cb(
    struct qemu_plugin_insn *insn, qemu_plugin_vcpu_udata_cb_t cb, enum qemu_plugin_cb_flags flags, void *userdata);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, void (*cb)(qemu_plugin_id_t, void *), void *userdata);

#define EXPORT __attribute__((visibility("default")))
EXPORT int qemu_plugin_version = 1;
EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv);
/* ---- end of the API ---- */

typedef struct {
    uint64_t vaddr, insns;
    uint64_t count; /* incremented inline by QEMU */
    uint64_t at_first, at_last; /* count at the first and at the latest mark */
} block_t;

/* Blocks live in chunks that never move (QEMU holds pointers to `count`). */
#define CHUNK 4096
static block_t **chunks;
static size_t n_blocks, n_chunks;
static uint64_t total;
static uint64_t mark = UINT64_MAX;
static uint64_t marks, first_total, last_total;
static const char *profile_path, *out_path;

static block_t *new_block(void) {
    if (n_blocks == n_chunks * CHUNK) {
        chunks = realloc(chunks, (n_chunks + 1) * sizeof *chunks);
        chunks[n_chunks] = calloc(CHUNK, sizeof(block_t));
        if (!chunks || !chunks[n_chunks]) abort();
        n_chunks++;
    }
    block_t *b = &chunks[n_blocks / CHUNK][n_blocks % CHUNK];
    n_blocks++;
    return b;
}

static void on_mark(unsigned int vcpu, void *userdata) {
    (void)vcpu;
    (void)userdata;
    for (size_t i = 0; i < n_blocks; i++) {
        block_t *b = &chunks[i / CHUNK][i % CHUNK];
        if (marks == 0) b->at_first = b->count;
        b->at_last = b->count;
    }
    if (marks == 0) first_total = total;
    last_total = total;
    marks++;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    if (n == 0) return;
    block_t *b = new_block();
    b->vaddr = qemu_plugin_insn_vaddr(qemu_plugin_tb_get_insn(tb, 0));
    b->insns = n;
    /* A block first translated after the first mark started from zero there. */
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &b->count, 1);
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &total, n);
    if (mark == UINT64_MAX) return;
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        if (qemu_plugin_insn_vaddr(insn) == mark)
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_mark, QEMU_PLUGIN_CB_NO_REGS, NULL);
    }
}

static void at_exit(qemu_plugin_id_t id, void *userdata) {
    (void)id;
    (void)userdata;
    int section = marks >= 2;
    FILE *f = fopen(profile_path, "w");
    if (!f) {
        fprintf(stderr, "insnprofile: cannot write %s\n", profile_path);
        return;
    }
    fprintf(f, "# total %llu section %llu marks %llu\n", (unsigned long long)total,
        (unsigned long long)(section ? last_total - first_total : total), (unsigned long long)marks);
    for (size_t i = 0; i < n_blocks; i++) {
        block_t *b = &chunks[i / CHUNK][i % CHUNK];
        uint64_t c = section ? b->at_last - b->at_first : b->count;
        if (c)
            fprintf(f, "%llx %llu %llu\n", (unsigned long long)b->vaddr, (unsigned long long)b->insns,
                (unsigned long long)c);
    }
    fclose(f);
    if (out_path) { /* the report of mpboard.py's plugin: what it reads back */
        FILE *o = fopen(out_path, "w");
        if (!o) return;
        fprintf(o, "total=%llu marks=%llu\n", (unsigned long long)total, (unsigned long long)marks);
        if (marks) fprintf(o, "mark 0 %llu 0\n", (unsigned long long)first_total);
        if (marks > 1) fprintf(o, "mark 1 %llu 0\n", (unsigned long long)last_total);
        fclose(o);
    }
}

int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "profile=", 8) == 0)
            profile_path = strdup(argv[i] + 8);
        else if (strncmp(argv[i], "out=", 4) == 0)
            out_path = strdup(argv[i] + 4);
        else if (strncmp(argv[i], "mark=", 5) == 0)
            mark = strtoull(argv[i] + 5, NULL, 0) & ~(uint64_t)1; /* Thumb addresses have bit 0 set */
        else if (strncmp(argv[i], "lo=", 3) != 0 && strncmp(argv[i], "hi=", 3) != 0) {
            fprintf(stderr, "insnprofile: unknown argument '%s' (expected profile=PATH, mark=ADDRESS, out=PATH)\n",
                argv[i]);
            return -1;
        }
    }
    if (!profile_path) {
        fprintf(stderr, "insnprofile: no output file (expected profile=PATH)\n");
        return -1;
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
