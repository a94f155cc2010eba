#!/usr/bin/env python3
"""Compares fpconv (through the driver) with CPython byte for byte.

usage: run_tests.py DRIVER [--full] [--seed N]
Prints one line per group and a final 'fpconv: N passed, M failed'.
"""
import math
import random
import struct
import subprocess
import sys

SPECIAL_BITS = [0x0, 0x8000000000000000, 0x7FF0000000000000, 0xFFF0000000000000,
                0x7FF8000000000000, 0xFFF8000000000000, 0x0000000000000001,
                0x000FFFFFFFFFFFFF, 0x0010000000000000, 0x7FEFFFFFFFFFFFFF,
                0x8000000000000001, 0x3FF0000000000000, 0x0000000000000002]


def b2d(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def d2b(d):
    return struct.unpack('<Q', struct.pack('<d', d))[0]


def edge_values():
    vals = [b2d(b) for b in SPECIAL_BITS]
    for k in range(-1074, 1024):
        x = math.ldexp(1.0, k)
        vals += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
    for k in range(-325, 310):
        x = float('1e%d' % k)
        vals += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
        for m in ('5', '9.5', '1.5', '2.5', '9.999999999999999', '4.35'):
            vals.append(float(m + 'e%d' % k))
    vals += [float(i) for i in range(0, 1100)]
    vals += [i / 8 for i in range(-200, 200)] + [i / 1000 for i in range(0, 3000, 7)]
    vals += [2.675, 0.125, 0.375, 1.005, 2.5, 3.5, 1e16, 1e16 - 2, 2 ** 53, 2 ** 53 + 2,
             2e16 + 8, 123456789012345678, 1e22, 1e23, 9007199254740993.0, 0.1 + 0.2]
    return [float(v) for v in vals]


def nice_decimal(rng):
    nd = rng.randint(1, 17)
    digits = ''.join(rng.choice('0123456789') for _ in range(nd)).lstrip('0') or '1'
    e = rng.choice([rng.randint(-30, 30), rng.randint(-330, 310)])
    return float(digits + 'e%d' % e) * rng.choice((1, -1))


def random_double(rng):
    while True:
        b = rng.getrandbits(64)
        if (b >> 52) & 0x7FF != 0x7FF:
            return b2d(b)


class Runner:
    def __init__(self, driver):
        self.driver = driver
        self.passed = 0
        self.failed = 0

    def run(self, name, cmds, expected):
        inp = ''.join(c + '\n' for c in cmds).encode()
        res = subprocess.run([self.driver], input=inp, stdout=subprocess.PIPE, check=True)
        got = res.stdout.decode().split('\n')[:-1]
        bad = 0
        if len(got) != len(expected):
            print('  %s: driver returned %d lines for %d commands' % (name, len(got), len(expected)))
            self.failed += len(expected)
            return
        for c, g, e in zip(cmds, got, expected):
            if g != e:
                bad += 1
                if bad <= 10:
                    print('  FAIL %s: %r -> got %r expected %r' % (name, c[:120], g[:200], e[:200]))
        self.passed += len(expected) - bad
        self.failed += bad
        print('%-28s %9d cases, %d failed' % (name, len(expected), bad))


def main():
    driver = sys.argv[1]
    full = '--full' in sys.argv
    seed = 12345
    if '--seed' in sys.argv:
        seed = int(sys.argv[sys.argv.index('--seed') + 1])
    rng = random.Random(seed)
    R = Runner(driver)

    n_bits = 1_000_000 if full else 100_000
    n_nice = 200_000 if full else 50_000
    n_fmt = 100_000 if full else 4_000
    n_parse = 200_000 if full else 40_000

    # ---- repr
    edges = edge_values()
    vals = edges + [random_double(rng) for _ in range(n_bits)]
    R.run('repr edge+random bits', ['r %016x' % d2b(v) for v in vals], [repr(v) for v in vals])
    vals = [nice_decimal(rng) for _ in range(n_nice)]
    R.run('repr nice decimals', ['r %016x' % d2b(v) for v in vals], [repr(v) for v in vals])
    vals = edges[:5000] + [random_double(rng) for _ in range(2000)] + [complex(0, 0).real]
    R.run('repr complex parts', ['s %016x' % d2b(v) for v in vals], [complex_part(v) for v in vals])

    # ---- format
    fvals = [b2d(b) for b in SPECIAL_BITS] + [2.675, 0.125, 0.5, 1.5, 2.5, 1e16, 123.456, 1e-5,
                                                 0.0001, 9.9999e-5, 999999.5, 9.5, 0.05]
    pool = edges
    for i in range(n_fmt):
        r = rng.random()
        if r < 0.3:
            fvals.append(random_double(rng))
        elif r < 0.6:
            fvals.append(nice_decimal(rng))
        elif r < 0.8:
            fvals.append(rng.choice(pool))
        else:
            # short decimals at mid exponents, rich in ties
            fvals.append(rng.randint(-10 ** 6, 10 ** 6) / rng.choice((1, 2, 4, 8, 16, 10, 100, 1000, 1024)))
    types = ['e', 'E', 'f', 'F', 'g', 'G', '%', '', 'n']
    cmds, exp = [], []
    for v in fvals:
        for t in types:
            for p in list(range(0, 18)) + [None]:
                if t == 'n' and p is not None and p % 3:
                    continue
                fl = rng.choice((0, 0, 0, 1, 2, 3))
                spec = ('z' if fl & 2 else '') + ('#' if fl & 1 else '') + \
                       ('' if p is None else '.%d' % p) + t
                if t in ('E', 'F', 'G', '%') and fl:
                    pass
                cmds.append('f %016x %s %d %d' % (d2b(v), t or '-', -1 if p is None else p, fl))
                exp.append(format(v, spec))
        # larger precisions now and then
        if rng.random() < 0.05:
            for t in ('e', 'f', 'g', ''):
                p = rng.choice((20, 25, 40, 100, 400, 800, 1100))
                cmds.append('f %016x %s %d 0' % (d2b(v), t or '-', p))
                exp.append(format(v, '.%d%s' % (p, t)))
    R.run('format e/f/g/%/none', cmds, exp)
    # %-formatting uses the same conversions
    cmds, exp = [], []
    for v in fvals[:3000]:
        for t in 'efgEFG':
            p = rng.randint(0, 17)
            cmds.append('f %016x %s %d 0' % (d2b(v), t, p))
            exp.append(('%.' + str(p) + t) % v)
            cmds.append('f %016x %s -1 1' % (d2b(v), t))
            exp.append(('%#' + t) % v)
    R.run('%-formatting', cmds, exp)

    # ---- parse
    strs = parse_cases(rng, n_parse)
    exp = []
    for s in strs:
        try:
            exp.append('%016x' % d2b(float(s)))
        except ValueError:
            exp.append('ERR')
    R.run('parse', ['p ' + s for s in strs], exp)

    # ---- round
    cmds, exp = [], []
    rvals = fvals + [random_double(rng) for _ in range(2000)] + \
        [1.7976931348623157e308, -1.7976931348623157e308, 5e-324, 2.5e-323]
    for v in rvals:
        for nd in (rng.randint(-20, 20), rng.randint(-330, 330), 0, 1, 2, -1, -308, 323, 324, -309):
            cmds.append('d %016x %d' % (d2b(v), nd))
            try:
                r = round(v, nd)
            except OverflowError:
                r = math.copysign(math.inf, v)
            exp.append('%016x' % d2b(r) if not math.isnan(r) else '%016x' % d2b(v))
    R.run('round', cmds, exp)

    print('fpconv: %d passed, %d failed' % (R.passed, R.failed))
    return 1 if R.failed else 0


def complex_part(v):
    """CPython's repr of a complex part: repr without the '.0' of integral values."""
    want = repr(v)[:-2] if repr(v).endswith('.0') else repr(v)
    s = repr(complex(v, 1.0))
    if s.startswith('('):
        assert s[1:-4] == want, (v, s)
    return want


def rand_digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def parse_cases(rng, n):
    out = ['0', '-0', '+0.0', '.5', '5.', '.', '', '+', '-', 'e5', '1e', '1e+', '1e-', '1_000',
           '1__000', '_1', '1_', '1_.5', '1._5', '1.5_', '1e1_0', '1e_10', '0x10', '1.5.5',
           'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'nan', '-NaN', '+nan', 'infinit', 'nanx',
           'in', '1e400', '-1e400', '1e-400', '2.4703282292062327e-324',
           '2.4703282292062328e-324', '2.4703282292062327209e-324', '4.9406564584124654e-324',
           '1.7976931348623157e308', '1.7976931348623158e308', '1.797693134862315807e308',
           '1.7976931348623159e308', '9007199254740993', '9007199254740992.5',
           '9007199254740993.0000000000000000000000000000001', '0.1', '2.675',
           '1' * 1000, '0.' + '0' * 400 + '1', '1e99999999999999999999', '0e99999999999',
           '123.456e-2_0', '1E5', '1e05', '00012', '0_0.0_0']
    for _ in range(n):
        r = rng.random()
        if r < 0.25:
            s = rand_digits(rng, rng.randint(1, 20)).lstrip('0') or '0'
            s += 'e%d' % rng.randint(-340, 320)
        elif r < 0.35:
            k = rng.randint(30, 800)
            d = rand_digits(rng, k)
            pt = rng.randint(0, k)
            s = d[:pt] + '.' + d[pt:] + 'e%d' % rng.randint(-350, 320)
        elif r < 0.6:
            # halfway between neighbours, exactly or a hair off
            v = random_double(rng) if rng.random() < 0.5 else nice_decimal(rng)
            v = abs(v)
            if v == 0 or math.isinf(v):
                continue
            nxt = math.nextafter(v, math.inf)
            from fractions import Fraction
            mid = (Fraction(v) + Fraction(nxt)) / 2 if not math.isinf(nxt) else Fraction(v) + (Fraction(v) - Fraction(math.nextafter(v, 0))) / 2
            s = exact_decimal(mid)
            t = rng.random()
            if t < 0.3:
                s = s + '0' * rng.randint(0, 5) + '1'
            elif t < 0.6:
                s = truncate_decimal(s, rng)
            elif t < 0.7:
                s = bump_down(s)
        elif r < 0.7:
            # subnormals
            s = rand_digits(rng, rng.randint(1, 25)).lstrip('0') or '1'
            s += 'e%d' % rng.randint(-345, -300)
        elif r < 0.8:
            # underscores and syntax
            d = rand_digits(rng, rng.randint(1, 12))
            s = ''
            for ch in d:
                s += ch
                if rng.random() < 0.3:
                    s += '_' * rng.choice((1, 1, 1, 2))
            if rng.random() < 0.5:
                s += '.' + rand_digits(rng, rng.randint(0, 5))
            if rng.random() < 0.3:
                s += rng.choice('eE') + rng.choice(('', '+', '-')) + rand_digits(rng, rng.randint(0, 3))
            if rng.random() < 0.1:
                s = rng.choice(('_', '.', 'e', 'x', '-', '+')) + s
        elif r < 0.9:
            s = repr(random_double(rng))
        else:
            s = repr(nice_decimal(rng))
            if rng.random() < 0.5:
                s = s.upper()
        if rng.random() < 0.2:
            s = rng.choice(('-', '+')) + s
        out.append(s)
    return out


def exact_decimal(fr):
    """Exact decimal string of a dyadic Fraction."""
    num, den = fr.numerator, fr.denominator
    k = den.bit_length() - 1
    assert den == 1 << k
    digits = num * 5 ** k
    s = str(digits)
    if k == 0:
        return s
    if len(s) <= k:
        s = '0' * (k - len(s) + 1) + s
    return s[:-k] + '.' + s[-k:]


def truncate_decimal(s, rng):
    if '.' not in s:
        return s
    i = s.index('.')
    keep = rng.randint(i + 1, len(s))
    return s[:keep]


def bump_down(s):
    # subtract one unit in the last place (string arithmetic)
    digits = list(s)
    i = len(digits) - 1
    while i >= 0:
        if digits[i] == '.':
            i -= 1
            continue
        if digits[i] == '0':
            digits[i] = '9'
            i -= 1
            continue
        digits[i] = chr(ord(digits[i]) - 1)
        break
    return ''.join(digits)


if __name__ == '__main__':
    sys.exit(main())
