# const() with expressions referring to earlier consts
from micropython import const
REG_BASE = const(0x4000_0000)
REG_CTRL = const(REG_BASE + 0x04)
REG_STATUS = const(REG_BASE + 0x08)
BIT_EN = const(1 << 7)
MASK = const(0xFF ^ BIT_EN)
SHIFTED = const((BIT_EN << 8) | 0x12)
print(hex(REG_BASE), hex(REG_CTRL), hex(REG_STATUS))
print(BIT_EN, MASK, hex(SHIFTED))
def set_bit(reg, bit):
    return reg | bit
def clear_bit(reg, bit):
    return reg & ~bit
r = 0
r = set_bit(r, BIT_EN)
print(r, clear_bit(r, BIT_EN), r & MASK)
regs = {REG_CTRL: "ctrl", REG_STATUS: "status"}
print(regs[REG_BASE + 4], sorted(regs.values()))
print(REG_STATUS - REG_CTRL, (REG_BASE >> 28) & 0xF)
