# A list of 500,000 small ints built by append: the item array doubles up
# to 2 MiB, which fits the boards' 2.5 MiB heap only because the allocator
# grows it in place (a copy would need the old and the new array at once).
n = 500000
items = []
for i in range(n):
    items.append(i)
print(len(items), items[0], items[123456], items[-1])
total = 0
for x in items:
    total += x
print(total == n * (n - 1) // 2)
items.append(-1)
print(len(items), items[-2:])
