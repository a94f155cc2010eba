# Ends with an exception raised in a finally block replacing the original
def cleanup():
    raise RuntimeError("cleanup failed")
def task():
    try:
        print("working")
        raise ValueError("task failed")
    finally:
        print("cleaning up")
        cleanup()
try:
    task()
except RuntimeError as e:
    print("first time caught:", e)
task()
print("not reached")
