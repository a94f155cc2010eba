# str.splitlines ends lines at \n, \r and \r\n only, as MicroPython
print("a\vb\fc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("a\x85b\r\nc".splitlines(True))
print(b"a\vb\fc\x1cd".splitlines())
