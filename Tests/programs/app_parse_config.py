# Parse an INI-like config text into nested dicts with type conversion
CONFIG = """
# comment
[wifi]
ssid = home-net
retries = 3
timeout = 2.5

[led]
pin = 13
enabled = true
pattern = on, off, on
"""
def convert(v):
    if v in ("true", "false"):
        return v == "true"
    try:
        return int(v)
    except ValueError:
        pass
    try:
        return float(v)
    except ValueError:
        pass
    if "," in v:
        return [p.strip() for p in v.split(",")]
    return v
def parse(text):
    conf = {}
    section = None
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = conf.setdefault(line[1:-1], {})
            continue
        key, _, value = line.partition("=")
        section[key.strip()] = convert(value.strip())
    return conf
c = parse(CONFIG)
print(c)
print(c["wifi"]["retries"] * 2, c["wifi"]["timeout"] + 1, c["led"]["enabled"], c["led"]["pattern"][1])
for name in c:
    print(name, sorted(c[name]))
