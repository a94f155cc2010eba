# Lock: release() hands the lock straight to the first waiting task.
# state is 0 unlocked, 1 locked, or the Task it was handed to that has not
# run yet.

from . import core


class Lock:
    def __init__(self):
        self.state = 0
        self.waiting = core.TaskQueue()

    def locked(self):
        return self.state == 1

    def release(self):
        if self.state != 1:
            raise RuntimeError("Lock not acquired")
        if self.waiting.peek():
            self.state = self.waiting.pop()
            core._task_queue.push(self.state)
        else:
            self.state = 0

    def acquire(self):
        if self.state != 0:
            self.waiting.push(core.cur_task)
            core.cur_task.data = self.waiting
            try:
                yield
            except core.CancelledError as er:
                if self.state is core.cur_task:
                    # Handed over but cancelled before it ran: pass it on.
                    self.state = 1
                    self.release()
                raise er
        self.state = 1
        return True

    def __aenter__(self):
        return self.acquire()

    def __aexit__(self, exc_type, exc, tb):
        self.release()
        yield from ()
