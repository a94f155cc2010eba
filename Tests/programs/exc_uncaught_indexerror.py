# Ends with an uncaught IndexError in a loop
data = [1, 2, 3]
i = 0
print("length", len(data))
total = 0
while True:
    total += data[i]
    print("running total", total)
    i += 1
print("not reached")
