# A pystone-like mix: records as objects, attribute traffic, small functions,
# global state and array indexing.
# The harness times the whole process; the program also reports its own
# work time on stderr (start-up excluded).
# sys.argv[1], if given: the number of loops (default 180000; the harness
# passes a smaller one on the ARM boards).
import sys, time
# MicroPython's microsecond ticks where they exist (CPython has none), so
# that its time.ticks_us() calls mark the timed section on the boards.
_clock = (lambda: time.ticks_us() / 1e6) if hasattr(time, "ticks_us") else time.perf_counter
_T0 = _clock()

IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = 1, 2, 3, 4, 5

class Record:
    def __init__(self, ptr=None, discr=0, enum=0, intc=0, strc=""):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.intc = intc
        self.strc = strc

    def copy(self):
        return Record(self.ptr, self.discr, self.enum, self.intc, self.strc)

int_glob = 0
bool_glob = False
char1 = "\0"
char2 = "\0"
array1 = [0] * 51
array2 = [[0] * 51 for i in range(51)]
ptr_glb = None

def func1(c1, c2):
    return IDENT1 if c1 != c2 else IDENT2

def func2(s1, s2):
    il = 1
    cl = "A"
    while il < 1:
        if func1(s1[il], s2[il + 1]) == IDENT1:
            cl = "A"
            il += 1
    if s1 > s2:
        return True
    return False

def func3(e):
    return e == IDENT3

def proc3(p):
    global int_glob
    if ptr_glb is not None:
        p = ptr_glb.ptr
    else:
        int_glob = 100
    ptr_glb.intc = proc7(10, int_glob)
    return p

def proc6(e):
    r = e
    if not func3(e):
        r = IDENT4
    if e == IDENT1:
        r = IDENT1
    elif e == IDENT2:
        r = IDENT1 if int_glob > 100 else IDENT4
    elif e == IDENT3:
        r = IDENT2
    elif e == IDENT5:
        r = IDENT3
    return r

def proc7(a, b):
    return b + a + 2

def proc8(a1, a2, i1, i2):
    global int_glob
    loc = i1 + 5
    a1[loc] = i2
    a1[loc + 1] = a1[loc]
    a1[loc + 30] = loc
    for i in range(loc, loc + 2):
        a2[loc][i] = loc
    a2[loc][loc - 1] += 1
    a2[loc + 20][loc] = a1[loc]
    int_glob = 5

def proc1(p):
    nxt = p.ptr = ptr_glb.copy()
    p.intc = 5
    nxt.intc = p.intc
    nxt.ptr = p.ptr
    nxt.ptr = proc3(nxt.ptr)
    if nxt.discr == IDENT1:
        nxt.intc = 6
        nxt.enum = proc6(p.enum)
        nxt.ptr = ptr_glb.ptr
        nxt.intc = proc7(nxt.intc, 10)
    else:
        p = nxt.copy()
    nxt.ptr = None
    return p

def run(loops):
    global ptr_glb, int_glob, bool_glob, char1, char2
    ptr_glb = Record()
    ptr_glb.ptr = Record(None, IDENT1, IDENT3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    array2[8][7] = 10
    total = 0
    for i in range(loops):
        char1 = "A"
        char2 = "B"
        bool_glob = True
        i1 = 2
        i2 = 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        e = IDENT2
        bool_glob = not func2(s1, s2)
        while i1 < i2:
            i3 = 5 * i1 - i2
            i3 = proc7(i1, i2)
            i1 += 1
        proc8(array1, array2, i1, i3)
        ptr_glb = proc1(ptr_glb)
        ci = "A"
        while ci <= char2:
            if e == func1(ci, "C"):
                e = proc6(IDENT1)
            ci = chr(ord(ci) + 1)
        i2 = i2 * i1
        i1 = i2 // i3
        i2 = 7 * (i2 - i3) - i1
        total += i1 + i2 + i3 + int_glob + e
    return total, array2[8][7], array1[8]

print("pystone", run(int(sys.argv[1]) if len(sys.argv) > 1 else 180000))
print("work %.4f" % (_clock() - _T0), file=sys.stderr)
