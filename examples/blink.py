# An LED blinker as it would run on a board: consts fold away, the hot
# function is compiled to native code, the pattern's checksum is viper
# (machine words and a byte pointer), the rest stays compact bytecode.
import micropython
from micropython import const

_PERIOD_MS = const(500)
_ON_MS = const(_PERIOD_MS // 5)
LED_PIN = const(13)


class Led:
    def __init__(self, pin):
        self.pin = pin
        self.state = False
        self.toggles = 0

    def toggle(self):
        self.state = not self.state
        self.toggles += 1
        return self.state


@micropython.native
def schedule(cycles):
    # Timeline of (time, state) events for the given number of cycles.
    events = []
    t = 0
    for _ in range(cycles):
        events.append((t, True))
        events.append((t + _ON_MS, False))
        t += _PERIOD_MS
    return events


@micropython.viper
def crc8(buf, n: int) -> int:
    # CRC-8 (polynomial 0x07) of the first n bytes, bit by bit.
    p = ptr8(buf)
    crc = 0
    for i in range(n):
        crc ^= p[i]
        for _ in range(8):
            if crc & 0x80:
                crc = ((crc << 1) ^ 0x07) & 0xFF
            else:
                crc = (crc << 1) & 0xFF
    return crc


def main():
    led = Led(LED_PIN)
    for t, on in schedule(3):
        if led.state != on:
            led.toggle()
        print(f"{t:5d} ms  pin {led.pin}: {'on' if on else 'off'}")
    print("toggles:", led.toggles)
    pattern = bytes(1 if on else 0 for _, on in schedule(3))
    print("pattern crc8:", hex(crc8(pattern, len(pattern))))


main()
