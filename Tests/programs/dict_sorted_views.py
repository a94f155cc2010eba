# Sorting dict contents by key and by value, max/min over items
scores = {"ann": 82, "bob": 95, "cy": 67, "dee": 95, "eve": 74}
print(sorted(scores))
print(sorted(scores.values()))
print(sorted(scores.items()))
print(sorted(scores, key=scores.get))
print(sorted(scores.items(), key=lambda kv: kv[1], reverse=True))
print(max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
ranked = {}
for name in sorted(scores, key=lambda n: (-scores[n], n)):
    ranked[name] = len(ranked) + 1
print(ranked)
by_grade = {}
for name, s in scores.items():
    grade = "A" if s >= 90 else "B" if s >= 80 else "C"
    by_grade.setdefault(grade, []).append(name)
print(by_grade)
print(list(reversed(sorted(scores)))[:2])
