# range membership, index, count, slicing
r = range(0, 30, 3)
print(9 in r, 10 in r, 30 in r, -3 in r, 27 in r)
print(r.index(12), r.count(12), r.count(13))
try:
    r.index(13)
except ValueError:
    print("ValueError")
print(r[2:5], list(r[2:5]), list(r[::-1]), list(r[::3]), r[-3:])
print(list(range(10)[-4:-1]), list(range(10)[::-2]))
big = range(10 ** 6)
print(len(big), big[-1], 999999 in big, 10 ** 6 in big)
print(list(range(5))[1:3], tuple(range(3)))
rr = range(1, 11, 2)
print([x * 2 for x in rr], sum(rr), list(zip(rr, range(5))))
