# Format mini-language grouping: '_' and ',' for every base, grouped zero padding, invalid combinations
for s in ['08,','07,','06,','09,','05,','0=8,','*=8,','0>8,','010_x','09_b','+08,', '0<8,', '_', ',', '012_o', '#012_x', '#012_b', ' 010,', '010,d', '=10,', 'x^10_']:
    print(repr(s), repr(format(1234, s)), repr(format(-5, s)), repr(format(2 ** 70 - 1, s)), repr(format(0xfe, s)))
for s in ['08,.1f', '011,.2f', '012,.2f', '015,e', '015,g', '020,.3f', '_.2f', ',', '010,', '012_.1%']:
    print(repr(s), repr(format(1234.5, s)), repr(format(-0.25, s)), repr(format(1e16, s)), repr(format(float('inf'), s)))
for v, s in [(255, ',x'), (255, ',b'), (1.5, ',e'), ('ab', ','), (3, ',c'), (255, '_c')]:
    try:
        print(format(v, s))
    except ValueError as e:
        print(e)
