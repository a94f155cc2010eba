# A recursive JSON-like serializer using isinstance dispatch
def dumps(obj, indent=0):
    pad = "  " * indent
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = [pad + "  " + dumps(v, indent + 1) for v in obj]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = [pad + "  " + dumps(str(k)) + ": " + dumps(v, indent + 1) for k, v in obj.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    raise TypeError("cannot serialize " + type(obj).__name__)
data = {"name": "sensor \"A\"", "ok": True, "err": None, "vals": [1, 2.5, -3], "nested": {"t": (), "d": {}}, 7: "int key"}
print(dumps(data))
print(dumps([]), dumps("back\\slash"), dumps(2 ** 70))
try:
    dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
