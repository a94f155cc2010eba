# Ends with an uncaught user-defined exception
class ConfigError(Exception):
    pass
def load(cfg):
    if "name" not in cfg:
        raise ConfigError("missing name")
    return cfg["name"]
print(load({"name": "ok"}))
try:
    load({})
except ConfigError as e:
    print("handled once:", e)
print("now unhandled")
load({"other": 1})
print("not reached")
