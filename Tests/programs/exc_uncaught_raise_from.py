# Ends with an uncaught exception chained with raise ... from
class StorageError(Exception):
    pass
def read(store, key):
    try:
        return store[key]
    except KeyError as e:
        raise StorageError("no key " + key) from e
store = {"a": 1}
print(read(store, "a"))
print(read(store, "b"))
