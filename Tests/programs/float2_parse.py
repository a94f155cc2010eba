# float() parsing corners
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__)

for s in [' 1e5 ', '\t-2.5\n', 'inf', '-inf', '+inf', 'INF', 'Infinity', '-infinity', 'nan', '-nan', 'NaN',
          '1e500', '-1e500', '1e-500', '.5', '5.', '-.5', '+5.', '1e', '1e+', 'e5', '.', '', ' ', '1.2.3',
          '0x10', '1_0', '1__0', '_1', '1_', '1e1_0', '1.5_5', '00012', '1E5', '1e+05', '1e-05',
          '123456789012345678901234567890', '0.000000000000000000000000000001', 'infx', 'nana', '- 1',
          '1e308', '1.7976931348623157e308', '1.7976931348623159e308', '2.2250738585072014e-308', '5e-324',
          '4e-324', '2e-324', '1e-400', '0e0', '-0', '-0.0', '1e99999999999999999999', '1e-99999999999999999999']:
    show(repr(s), lambda: float(s))
show("bytes", lambda: float(b"1.5"))
show("bytearray", lambda: float(bytearray(b" -2e3\n")))
show("bytes-bad", lambda: float(b"x"))
show("vt-ff", lambda: float("\v\f3\f"))
show("int", lambda: float(7))
show("bool", lambda: float(True))
show("bigint", lambda: float(2**1100))
show("bigint-neg", lambda: float(-2**1024))
show("bigint-ok", lambda: float(2**1023))
show("none", lambda: float(None))
show("list", lambda: float([]))
show("nan-eq", lambda: float('nan') == float('nan'))
show("inf-eq", lambda: float('inf') == float('1e500'))
