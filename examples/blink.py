# An LED blinker as it would run on a board: consts fold away, the hot
# function is compiled to native code, the rest stays compact bytecode.
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


def main():
    led = Led(LED_PIN)
    for t, on in schedule(3):
        if led.state != on:
            led.toggle()
        print(f"{t:5d} ms  pin {led.pin}: {'on' if on else 'off'}")
    print("toggles:", led.toggles)


main()
