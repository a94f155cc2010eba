#!/usr/bin/env python3
"""Runs mpz on an emulated Cortex-M3 (QEMU mps2-an385, bare metal, no libc).

Builds Sources/MPYRuntime/mpz.c with a tiny startup file for thumbv7m, runs a
table of cases under qemu-system-arm with semihosting output, and compares the
printed results with CPython's. Prints "cortex-m3: N passed, M failed".

    cortexm_smoke.py OUTDIR   (exit status 0 ok, 1 failures, 77 tools missing)
"""
import os
import random
import shutil
import struct
import subprocess
import sys

sys.set_int_max_str_digits(0)
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))

STARTUP = r"""
#include "mpy/mpz.h"

/* bump allocator over a static heap */
static unsigned char heap[3u << 20] __attribute__((aligned(8)));
static size_t heap_used;
void *mpz_alloc(size_t n)
{
    n = (n + 7u) & ~(size_t)7u;
    if (n > sizeof heap - heap_used)
        return 0;
    void *p = heap + heap_used;
    heap_used += n;
    return p;
}

static int semihost(int op, const void *arg)
{
    register int r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

static char line[40000];
static size_t pos;
static void put(const char *s) { while (*s && pos + 2 < sizeof line) line[pos++] = *s++; }
static void put_z(const mpz_t *z)
{
    if (!z) { put("NULL"); return; }
    size_t n = mpz_to_str(z, 16, line + pos, sizeof line - pos - 2);
    pos += n;
}
static void put_dec(const mpz_t *z)
{
    size_t n = mpz_to_str(z, 10, line + pos, sizeof line - pos - 2);
    pos += n;
}
static void flush(void)
{
    line[pos++] = '\n';
    line[pos] = 0;
    semihost(0x04, line); /* SYS_WRITE0 */
    pos = 0;
}
static mpz_t *H(const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    return mpz_from_str(s, n, 16);
}
static int eq(const char *a, const char *b) { while (*a && *a == *b) a++, b++; return *a == *b; }

struct tcase { const char *op, *a, *b, *c; };
#include "cases.h"

typedef union { double d; uint64_t u; } dbits;

void reset(void)
{
    extern unsigned char __bss_start[], __bss_end[];
    for (volatile unsigned char *p = __bss_start; p < __bss_end; p++)
        *p = 0;
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const struct tcase *t = &cases[i];
        heap_used = 0;
        mpz_t *a = H(t->a), *b = t->b ? H(t->b) : 0, *c = t->c ? H(t->c) : 0;
        if (eq(t->op, "add")) put_z(mpz_add(a, b));
        else if (eq(t->op, "sub")) put_z(mpz_sub(a, b));
        else if (eq(t->op, "mul")) put_z(mpz_mul(a, b));
        else if (eq(t->op, "xor")) put_z(mpz_xor(a, b));
        else if (eq(t->op, "and")) put_z(mpz_and(a, b));
        else if (eq(t->op, "divmod")) {
            mpz_t *q, *r;
            if (mpz_divmod(a, b, &q, &r) != MPZ_OK) put("ERR");
            else { put_z(q); put(" "); put_z(r); }
        } else if (eq(t->op, "powmod")) {
            mpz_t *r;
            if (mpz_powmod(a, b, c, &r) != MPZ_OK) put("ERR"); else put_z(r);
        } else if (eq(t->op, "pow")) put_z(mpz_pow(a, b));
        else if (eq(t->op, "tostr10")) put_dec(a);
        else if (eq(t->op, "fromstr10")) {
            char tmp[20000];
            size_t n = mpz_to_str(a, 10, tmp, sizeof tmp);
            put_z(mpz_from_str(tmp, n, 10));
        } else if (eq(t->op, "hash")) put_z(mpz_from_i64(mpz_hash(a)));
        else if (eq(t->op, "todbl")) {
            bool ovf;
            dbits d;
            d.d = mpz_to_double(a, &ovf);
            if (ovf) put("OVF"); else put_z(mpz_from_u64(d.u));
        } else if (eq(t->op, "fromdbl")) {
            dbits d;
            d.u = mpz_to_u64(a);
            put_z(mpz_from_double(d.d));
        } else if (eq(t->op, "rshift")) put_z(mpz_rshift(a, mpz_to_u64(b)));
        else put("BADOP");
        flush();
    }
    semihost(0x18, (const void *)0x20026); /* SYS_EXIT, ADP_Stopped_ApplicationExit */
    for (;;) {}
}

extern unsigned char __stack_top[];
__attribute__((section(".vectors"), used)) static const void *const vectors[2] = {__stack_top, (void *)reset};
"""

LINKER = """
MEMORY { FLASH (rx) : ORIGIN = 0x00000000, LENGTH = 4M
         RAM (rwx) : ORIGIN = 0x20000000, LENGTH = 4M }
SECTIONS {
  .text : { KEEP(*(.vectors)) *(.text*) *(.rodata*) } > FLASH
  .bss (NOLOAD) : { __bss_start = .; *(.bss*) *(COMMON) __bss_end = .; } > RAM
  __stack_top = ORIGIN(RAM) + LENGTH(RAM);
}
"""


def hx(x):
    return format(x, "x")


def gen_cases():
    rng = random.Random(31337)

    def num(maxbits=3000):
        x = rng.getrandbits(rng.randint(1, maxbits))
        return -x if rng.random() < 0.5 else x

    P = (1 << 61) - 1
    cases = []
    for _ in range(25):
        a, b = num(), num()
        cases.append(("add", a, b, None, hx(a + b)))
        cases.append(("sub", a, b, None, hx(a - b)))
        cases.append(("mul", a, b, None, hx(a * b)))
        cases.append(("xor", a, b, None, hx(a ^ b)))
        cases.append(("and", a, b, None, hx(a & b)))
        b = b or 1
        cases.append(("divmod", a, b, None, f"{hx(a // b)} {hx(a % b)}"))
        d = num(64) or 3
        cases.append(("divmod", a, d, None, f"{hx(a // d)} {hx(a % d)}"))
        m = num(600) or 7
        e = rng.getrandbits(rng.randint(1, 300))
        cases.append(("powmod", a, e, m, hx(pow(a, e, m))))
        cases.append(("pow", num(40), rng.randint(0, 60), None, None))
        cases.append(("tostr10", a, None, None, str(a)))
        cases.append(("fromstr10", a, None, None, hx(a)))
        h = rng.choice([a, a % P, -(a % P) or -1])
        cases.append(("hash", h, None, None, hx(hash(h))))
        f = num(1100)
        try:
            exp = hx(struct.unpack("<Q", struct.pack("<d", float(f)))[0])
        except OverflowError:
            exp = "OVF"
        cases.append(("todbl", f, None, None, exp))
        bits = rng.getrandbits(64) & ~(0x7FF << 52) | (rng.randint(0, 0x7FE) << 52)
        cases.append(("fromdbl", bits, None, None, hx(int(struct.unpack("<d", struct.pack("<Q", bits))[0]))))
        s = rng.randint(0, 200)
        cases.append(("rshift", a, s, None, hx(a >> s)))
    big = rng.getrandbits(33300)  # ~10,000 decimal digits: the divide-and-conquer path
    cases.append(("tostr10", big, None, None, str(big)))
    out = []
    for op, a, b, c, exp in cases:
        if op == "pow":
            exp = hx(a ** b)
        out.append((op, a, b, c, exp))
    return out


def main():
    outdir = sys.argv[1]
    clang = os.environ.get("CLANG", "clang-19")
    lld = os.environ.get("LLD", "ld.lld-19")
    qemu = os.environ.get("QEMU_ARM", "qemu-system-arm")
    for tool in (clang, lld, qemu):
        if not shutil.which(tool):
            print(f"cortex-m3: skipped ({tool} not found)")
            sys.exit(77)
    cases = gen_cases()
    with open(os.path.join(outdir, "cases.h"), "w") as f:
        f.write("static const struct tcase cases[] = {\n")
        for op, a, b, c, _ in cases:
            args = ", ".join('"%s"' % hx(v) if v is not None else "0" for v in (a, b, c))
            f.write(f'  {{"{op}", {args}}},\n')
        f.write("};\n")
    with open(os.path.join(outdir, "startup.c"), "w") as f:
        f.write(STARTUP)
    with open(os.path.join(outdir, "link.ld"), "w") as f:
        f.write(LINKER)
    flags = ["--target=thumbv7m-none-eabi", "-mcpu=cortex-m3", "-mthumb", "-ffreestanding", "-nostdlib",
             "-Os", "-std=c11", "-I", os.path.join(ROOT, "Sources/MPYRuntime/include"), "-I", outdir]
    objs = []
    for src in (os.path.join(ROOT, "Sources/MPYRuntime/mpz.c"), os.path.join(outdir, "startup.c")):
        obj = os.path.join(outdir, os.path.basename(src) + ".o")
        subprocess.run([clang, *flags, "-c", src, "-o", obj], check=True)
        objs.append(obj)
    elf = os.path.join(outdir, "smoke.elf")
    subprocess.run([lld, "-e", "reset", "-T", os.path.join(outdir, "link.ld"), "--gc-sections", *objs, "-o", elf], check=True)
    try:
        proc = subprocess.run([qemu, "-M", "mps2-an385", "-nographic", "-monitor", "none", "-serial", "none",
                               "-semihosting-config", "enable=on,target=native", "-kernel", elf],
                              capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        print("cortex-m3: 0 passed, 1 failed (timeout)")
        sys.exit(1)
    got = proc.stderr.replace("\r", "").split("\n")  # semihosting output goes to stderr
    passed = failed = 0
    for i, (op, a, b, c, exp) in enumerate(cases):
        g = got[i] if i < len(got) else None
        if g == exp:
            passed += 1
        else:
            failed += 1
            if failed <= 3:
                print(f"FAIL cortex-m3 {op} {hx(a)[:60]}: expected {exp[:80]} got {(g or '')[:80]}")
    if proc.returncode != 0:
        print(f"qemu exited with status {proc.returncode}")
        failed += 1
    print(f"cortex-m3: {passed} passed, {failed} failed")
    sys.exit(0 if failed == 0 else 1)


if __name__ == "__main__":
    main()
