print("init", __name__)
VERSION = (1, 2)
calls = 0

def greet(who):
    global calls
    calls += 1
    return "hello " + who
