# The collector marks deep and wide structures without recursion: a linked
# list of 1,000 small lists and a list of 1,000 lists (far more than its mark
# stack holds) survive collections intact. scripts/run-programs.py runs this
# in GC-stress mode too, collecting at every allocation.
import gc

n = 1000
head = None
for i in range(n):
    head = [i, head]
wide = [[i] for i in range(n)]
gc.collect()
junk = [[i] * 3 for i in range(n)]
junk = None
gc.collect()
count = 0
total = 0
node = head
while node is not None:
    total += node[0]
    count += 1
    node = node[1]
print(count, total, sum(x[0] for x in wide), len(wide))
