# Helper module of lookup_cache_globals.py: its own globals, read and
# rebound from inside (cached sites in its code) and from the importer.
level = 1
tag = "first"


def get_level():
    return level


def set_level(v):
    global level
    level = v


def drop_level():
    global level
    del level


def describe():
    return tag + ":" + str(level)


if __name__ == "__main__":
    print("mod_helper_cache run directly", describe())
