# exc.__traceback__: None until raised, then the outermost frame's line, tb_next inwards
def inner():
    raise ValueError("x")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno)
    n = tb.tb_next
    print(n.tb_lineno, n.tb_next.tb_lineno, n.tb_next.tb_next)
print(ValueError().__traceback__)
