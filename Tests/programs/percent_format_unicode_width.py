# %-formatting pads and truncates by characters, not UTF-8 bytes
# (found by the differential tester, Tests/difftest).
xs = 'héllo wörld'[1]
print('%s|%-6s|%6s|' % (xs, xs, xs))
print('[%-8s][%8s][%.3s][%-5.2s]' % ('wörld', 'héllo', 'éàü€x', 'ñño'))
print('%c|%3c|%-3c|' % ('é', 'é', 233))
