# sys.exit with a status code: no traceback, process exits with that status
import sys
def main():
    print("starting")
    try:
        sys.exit(5)
    except SystemExit as e:
        print("caught SystemExit", e.args)
    try:
        raise SystemExit
    except Exception:
        print("not an Exception")
    except BaseException as e:
        print("caught as BaseException", type(e).__name__)
    print("exiting with 3")
    sys.exit(3)
main()
print("not reached")
