# The built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ValueError, Exception), (TypeError, Exception), (AttributeError, Exception),
    (NameError, Exception), (StopIteration, Exception), (RuntimeError, Exception),
    (NotImplementedError, RuntimeError), (AssertionError, Exception),
    (UnboundLocalError, NameError), (OSError, Exception), (ImportError, Exception),
    (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (GeneratorExit, Exception), (Exception, BaseException), (MemoryError, Exception),
    (UnicodeError, ValueError), (IndexError, KeyError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__, e)
try:
    raise UnboundLocalError
except NameError as e:
    print("caught as NameError:", type(e).__name__)
