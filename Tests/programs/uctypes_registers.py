# uctypes over memory-mapped registers: the Cortex-M System Control Block's
# CPUID (0xE000ED00) and the SysTick timer (0xE000E010), described with
# bitfields and read with the native layout (one 32-bit load per field, as
# the System Control Space needs). On a board it reads the real registers;
# on the host, where those addresses are not mapped, the same descriptors
# read a bytearray holding a Cortex-M3's values (QEMU's mps2-an385), so
# the decoding is exercised without touching memory that is not there.
import sys
import uctypes

U32 = uctypes.UINT32


def bits(off, pos, n):
    return uctypes.BFUINT32 | off | pos << uctypes.BF_POS | n << uctypes.BF_LEN


SCB = {
    "CPUID": U32 | 0,
    "REVISION": bits(0, 0, 4),
    "PARTNO": bits(0, 4, 12),
    "CONSTANT": bits(0, 16, 4),
    "VARIANT": bits(0, 20, 4),
    "IMPLEMENTER": bits(0, 24, 8),
}
SYST = {
    "CTRL": U32 | 0,
    "ENABLE": bits(0, 0, 1),
    "TICKINT": bits(0, 1, 1),
    "LOAD": U32 | 4,
    "RELOAD": bits(4, 0, 24),
    "CALIB": U32 | 12,
    "TENMS": bits(12, 0, 24),
    "SKEW": bits(12, 30, 1),
    "NOREF": bits(12, 31, 1),
}

if sys.platform == "qemu":
    where = "board"
    scb_addr, syst_addr = 0xE000ED00, 0xE000E010
else:
    where = "host (simulated registers)"
    sim = bytearray(32)
    scb_addr = uctypes.addressof(sim)
    syst_addr = scb_addr + 16
    uctypes.struct(scb_addr, SCB).CPUID = 0x410FC231
    t = uctypes.struct(syst_addr, SYST)
    t.CTRL = 0x7
    t.LOAD = 24999
    t.CALIB = 0x270F

scb = uctypes.struct(scb_addr, SCB)
print(where)
print("sizeof", uctypes.sizeof(SCB), uctypes.sizeof(SYST))
print("CPUID", hex(scb.CPUID))
print("implementer", hex(scb.IMPLEMENTER), "ARM" if scb.IMPLEMENTER == 0x41 else "?")
print("variant", scb.VARIANT, "revision", scb.REVISION, "constant", hex(scb.CONSTANT))
print("part", hex(scb.PARTNO), {0xC23: "Cortex-M3", 0xC24: "Cortex-M4"}.get(scb.PARTNO, "unknown"))
print("core r%dp%d" % (scb.VARIANT, scb.REVISION))

st = uctypes.struct(syst_addr, SYST)
print("SysTick enabled", st.ENABLE, "interrupt", st.TICKINT)
print("reload set", st.RELOAD > 0, st.RELOAD == st.LOAD & 0xFFFFFF)
print("calib", hex(st.CALIB), "TENMS", st.TENMS, "SKEW", st.SKEW, "NOREF", st.NOREF)
