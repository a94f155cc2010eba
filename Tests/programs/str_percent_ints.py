# printf-style % formatting of ints of every size: bases, flags, precision, * width and precision, type errors
print(repr('%08.3d' % 5), repr('%#08x' % 255), repr('%-#8o|' % 8), repr('%+#010X' % -255), repr('% 06d' % 5), repr('%08.3f' % -1.5), repr('%010e' % -1.5), repr('%#o' % 0), repr('%.0d' % 0), repr('%#.3x' % 1), repr('%08s' % 'ab'))
print(repr('%x' % -2**70), repr('%#X' % 2**70), repr('%-+30d|' % 2**70), repr('%030o' % -2**70), repr('%.30d' % 2**70), repr('%u' % -3))
for v in [0, 7, -7, 255, -2 ** 64, 3 ** 50, -(10 ** 30)]:
    print('%d|%5d|%-5d|%05d|%+d|% d|%.4d|%x|%#x|%#08X|%o|%#o|%#012o|%i' % ((v,) * 14))
print('%d %x' % (True, False), '%d' % 2.5e20, '%i' % -7.9)
print('%*d|%-*d|%.*f' % (6, 42, 4, 7, 2, 3.14159))
print('%*d|%-*d|' % (-6, 42, -3, 1))
for f, a in [('%d', 'a'), ('%x', 'a'), ('%o', 1.5), ('%X', 2.0), ('%*d', ('a', 1)), ('%.*d', (1.5, 1))]:
    try:
        print(f % a)
    except TypeError as e:
        print(e)
