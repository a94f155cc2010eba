# uctypes: the errors of descriptors, structs and the module functions.
import uctypes

data = bytearray(b"01234567")
A = uctypes.addressof(data)

def check(what, f):
    try:
        r = f()
        print(what, "ok", r)
    except Exception as e:
        print(what, type(e).__name__)

S = uctypes.struct(A, {"a": uctypes.UINT8 | 0, "arr": (uctypes.ARRAY | 0, uctypes.INT16 | 2),
                       "sarr": (uctypes.ARRAY | 0, 2, {"b": uctypes.UINT8 | 0}), "sub": (2, {"x": uctypes.UINT8 | 0}),
                       "bad": []})

def delitem():
    del S.arr[0]

def setsub():
    S.sub = 1

def setarr():
    S.arr = 1

def setsarr():
    S.sarr[0] = 1

def setfloat():
    S.a = 1.5

def setstr():
    S.a = "x"

check("index struct", lambda: S[0])
check("del item", delitem)
check("index sub", lambda: S.sub[0])
check("arr range", lambda: S.arr[2])
check("sarr range", lambda: S.sarr[2])
check("bad field", lambda: S.bad)
check("assign aggregate", setsub)
check("assign array", setarr)
check("assign struct item", setsarr)
check("assign float", setfloat)
check("assign str", setstr)
check("list descriptor", lambda: uctypes.struct(A, []).x)
check("hash", lambda: hash(S))
check("sizeof scalar", lambda: uctypes.sizeof(1))
check("sizeof item", lambda: uctypes.sizeof(S.arr[0]))
check("sizeof bad value", lambda: uctypes.sizeof({"a": 1.5}))
check("sizeof short tuple", lambda: uctypes.sizeof({"a": (1,)}))
check("sizeof array of int", lambda: uctypes.sizeof({"a": (uctypes.ARRAY | 0, 2, 3)}))
check("sizeof struct layout", lambda: uctypes.sizeof(uctypes.struct(A, {}, uctypes.LITTLE_ENDIAN), uctypes.LITTLE_ENDIAN))
check("addressof int", lambda: uctypes.addressof(1))
check("addressof None", lambda: uctypes.addressof(None))
check("struct str addr", lambda: uctypes.struct("x", {}))
check("struct float addr", lambda: uctypes.struct(1.0, {}))
check("struct one arg", lambda: uctypes.struct(A))
check("bytearray_at one arg", lambda: uctypes.bytearray_at(A))
print(data)
