# json round trip of a configuration-file style document: parse it, change
# it, write it back compactly and readably, and read that again.
import json

CONFIG = """
{
  "device": {"name": "greenhouse-7", "id": 4711, "firmware": "1.29.0"},
  "wifi": {"ssid": "Gew\\u00e4chshaus", "password": "p\\"ss\\\\word", "retries": 3, "timeout_s": 7.5},
  "sensors": [
    {"type": "temp", "pin": 4, "offset": -0.25, "enabled": true},
    {"type": "humidity", "pin": 5, "offset": 0, "enabled": false},
    {"type": "light", "pin": null, "thresholds": [0.1, 2.5e2, 1e-3]}
  ],
  "schedule": {"on": "06:30", "off": "21:15", "days": [1, 2, 3, 4, 5]},
  "limits": {"max_temp": 38.0, "min_temp": -5, "big_counter": 18446744073709551616},
  "notes": "line one\\nline two\\ttabbed \\u2603 \\ud83c\\udf31",
  "empty": {"list": [], "object": {}, "string": ""}
}
"""

cfg = json.loads(CONFIG)
print(list(cfg))
print(cfg["device"]["name"], cfg["device"]["id"], cfg["wifi"]["retries"], cfg["wifi"]["timeout_s"])
print(cfg["wifi"]["password"], len(cfg["wifi"]["ssid"]), ord(cfg["wifi"]["ssid"][3]))
print([s["type"] for s in cfg["sensors"] if s.get("enabled")])
print(cfg["sensors"][2]["thresholds"], cfg["limits"]["big_counter"] + 1)
print([hex(ord(c)) for c in cfg["notes"][-4:]], cfg["notes"].count("\n"))

cfg["device"]["id"] += 1
cfg["sensors"].append({"type": "co2", "pin": 12, "offset": 1.5, "enabled": True})
cfg["wifi"]["timeout_s"] = 10
del cfg["empty"]["string"]

compact = json.dumps(cfg, separators=(",", ":"))
readable = json.dumps(cfg)
print(len(compact), len(readable))
print(compact[:100])
print(readable[-120:])
again = json.loads(compact)
print(again == cfg, json.loads(readable) == cfg, json.dumps(again) == readable)

# Tuples come back as lists; int keys as strings.
mixed = {"t": (1, (2, 3)), 5: "five", "f": [0.1, 0.2, 0.30000000000000004]}
back = json.loads(json.dumps(mixed))
print(back)
print(json.loads(json.dumps(back)) == back)

# Every printable ASCII character and some beyond survive.
chars = "".join(chr(i) for i in range(0, 0x250)) + "\u20ac\U0001F600\U0010FFFF"
print(json.loads(json.dumps(chars)) == chars, len(json.dumps(chars)))

# Floats round trip exactly.
vals = [0.1 * i for i in range(50)] + [1e300, -1e-300, 2.0**-1074, 1.7976931348623157e308, 5e-324]
print(json.loads(json.dumps(vals)) == vals)
