# gc-stress: skip: 40,000 nested containers cost a collection each, O(n^2) in that mode
# json nested deeper than the stack allows, both ways: loads and dumps
# raise RecursionError (as CPython past its recursion limit), never a
# fault, and the module works afterwards.
import json

# Nesting deeper than the stack allows: RecursionError, never a crash.
n = 40000
for doc in ("[" * n + "]" * n, '{"a":' * n + "1" + "}" * n, "[" * n):
    try:
        json.loads(doc)
        print("deep ok")
    except RecursionError:
        print("RecursionError")
x = []
for i in range(n):
    x = [x]
try:
    json.dumps(x)
    print("deep ok")
except RecursionError:
    print("RecursionError")
del x
y = {}
for i in range(n // 4):
    y = {"k": [[[y]]]}
try:
    json.dumps(y)
    print("deep ok")
except RecursionError:
    print("RecursionError")
# Still working afterwards.
print(json.dumps(json.loads("[" * 50 + "]" * 50)) == "[" * 50 + "]" * 50)
