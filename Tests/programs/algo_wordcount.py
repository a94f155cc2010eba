# Word frequency counting with dicts, str methods and sorting
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
counts = {}
for line in TEXT.split("\n"):
    for raw in line.split():
        word = raw.strip(".,").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
print(len(counts))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print("%-8s %2d %s" % (word, n, "*" * n))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
print(max(counts, key=len), sum(counts.values()))
