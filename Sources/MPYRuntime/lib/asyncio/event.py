# Event and ThreadSafeFlag. A waiting task sits in the primitive's queue
# (its data names the queue, so that cancel() can take it out) and is put
# back on the run queue when the event is set.

from . import core


class Event:
    def __init__(self):
        self.state = False
        self.waiting = core.TaskQueue()

    def is_set(self):
        return self.state

    def set(self):
        while self.waiting.peek():
            core._task_queue.push(self.waiting.pop())
        self.state = True

    def clear(self):
        self.state = False

    def wait(self):
        if not self.state:
            self.waiting.push(core.cur_task)
            core.cur_task.data = self.waiting
            yield
        return True


class ThreadSafeFlag:
    # One waiter at most; wait() clears the flag. The runtime has no
    # threads or interrupt handlers that run Python, so set() comes from
    # a task (or a callback run by one).
    def __init__(self):
        self.state = 0
        self.waiter = None

    def remove(self, t):
        if self.waiter is t:
            self.waiter = None

    def set(self):
        self.state = 1
        if self.waiter is not None:
            core._task_queue.push(self.waiter)
            self.waiter = None

    def clear(self):
        self.state = 0

    def wait(self):
        if not self.state:
            if self.waiter is not None:
                raise RuntimeError("can't wait")
            self.waiter = core.cur_task
            core.cur_task.data = self
            yield
        self.state = 0
