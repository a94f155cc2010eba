# Exception objects: __class__, __name__ of their type, args, and with-statement exit args
try:
    raise ValueError("v")
except ValueError as e:
    print(e.__class__.__name__, e.__class__ is ValueError, type(e) is ValueError)
try:
    {}["k"]
except Exception as e:
    print(e.__class__.__name__, isinstance(e, KeyError))
class Mine(Exception):
    pass
try:
    raise Mine
except Exception as e:
    print(e.__class__.__name__, e.__class__.__bases__[0].__name__)
errors = []
for exc in [TypeError, IndexError, Mine]:
    try:
        raise exc("x")
    except Exception as e:
        errors.append(e.__class__.__name__)
print(errors)
print(ValueError.__name__, issubclass(Mine, Exception), Mine.__bases__ == (Exception,))
