# Bytecode: constants and names stay in the frozen image.
OFFSETS = (3, -1, 4, -1, 5)
LABELS = {"t": "temperature", "h": "humidity"}


def calibrate(channel, raw):
    return raw + OFFSETS[channel % len(OFFSETS)]


def label(key):
    return LABELS.get(key, "unknown")
