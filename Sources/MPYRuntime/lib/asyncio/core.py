# The scheduler: tasks, the run queue ordered by wake-up time (ticks_ms,
# compared with the wrap-safe ticks_diff), the IO queue of tasks waiting
# for a stream (select.poll), sleeping, and the Loop object.
# A task's `state` says where it is: True running and not awaited, a
# TaskQueue of tasks awaiting it, a callable to call when it ends (gather),
# None finished and not yet awaited, False finished and awaited. Its `data`
# is what it waits in (a queue with remove(), or the Task it awaits), the
# exception to throw into it at its next run, or once finished the
# StopIteration carrying its result or the exception that ended it.

from time import ticks_ms as ticks, ticks_diff, ticks_add, sleep_ms as _idle_ms
import sys
import select


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


_exc_context = {"message": "Task exception wasn't retrieved", "exception": None, "future": None}


class TaskQueue:
    # Tasks sorted by key (a ticks_ms time); equal keys keep their order.
    def __init__(self):
        self.q = []

    def peek(self):
        return self.q[0] if self.q else None

    def push(self, t, key=None):
        t.ph_key = ticks() if key is None else key
        q = self.q
        i = len(q)
        while i > 0 and ticks_diff(q[i - 1].ph_key, t.ph_key) > 0:
            i -= 1
        q.insert(i, t)

    def pop(self):
        return self.q.pop(0)

    def remove(self, t):
        if t in self.q:
            self.q.remove(t)


class Task:
    def __init__(self, coro, globals=None):
        self.coro = coro
        self.data = None
        self.state = True
        self.ph_key = 0

    def __repr__(self):
        return "<Task>"

    def done(self):
        return not self.state

    def __iter__(self):
        # Awaiting a task: register the caller as a waiter unless it ended.
        if not self.state:
            self.state = False
        elif self.state is True:
            self.state = TaskQueue()
        elif type(self.state) is not TaskQueue:
            raise RuntimeError("can't wait")
        return self

    def __next__(self):
        if not self.state:
            if self.data is None:
                raise StopIteration
            raise self.data
        self.state.push(cur_task)
        cur_task.data = self

    def cancel(self):
        if self.done():
            return False
        if self is cur_task:
            raise RuntimeError("can't cancel self")
        t = self
        # A task awaiting another task is cancelled through the awaited one.
        while isinstance(t.data, Task):
            t = t.data
        if hasattr(t.data, "remove"):
            t.data.remove(t)
            _task_queue.push(t)
        elif ticks_diff(t.ph_key, ticks()) > 0:
            _task_queue.remove(t)
            _task_queue.push(t)
        t.data = CancelledError
        return True


class SingletonGenerator:
    # What sleep_ms returns: the first step queues the current task at its
    # wake-up time and yields to the scheduler, the second ends the await.
    def __init__(self):
        self.state = None

    def __iter__(self):
        return self

    def __next__(self):
        if self.state is None:
            raise StopIteration
        _task_queue.push(cur_task, self.state)
        self.state = None
        return None


def sleep_ms(t):
    g = SingletonGenerator()
    g.state = ticks_add(ticks(), max(0, t))
    return g


def sleep(t):
    return sleep_ms(int(t * 1000))


class IOQueue:
    # Tasks waiting until a stream can be read (slot 0) or written (slot 1):
    # streams[id(s)] is [reader, writer, s], and the poller asks for the
    # events of the slots in use. A waiting task's data is this queue, so
    # that cancel() can take it out (remove).
    def __init__(self):
        self.poller = select.poll()
        self.streams = {}

    def _mask(self, entry):
        return (select.POLLIN if entry[0] is not None else 0) | (select.POLLOUT if entry[1] is not None else 0)

    def enqueue(self, s, slot):
        entry = self.streams.get(id(s))
        if entry is None:
            entry = [None, None, s]
            self.streams[id(s)] = entry
            entry[slot] = cur_task
            self.poller.register(s, self._mask(entry))
        else:
            if entry[slot] is not None:
                raise RuntimeError("stream already awaited")
            entry[slot] = cur_task
            self.poller.modify(s, self._mask(entry))
        cur_task.data = self

    def _drop(self, entry):
        del self.streams[id(entry[2])]
        self.poller.unregister(entry[2])

    def remove(self, task):
        for entry in list(self.streams.values()):
            if entry[0] is task or entry[1] is task:
                self._drop(entry)

    def wait_io_event(self, dt):
        # Waits up to dt ms (-1: until a stream is ready) and queues the
        # tasks whose stream is ready; an error wakes both.
        for s, ev in self.poller.ipoll(dt):
            entry = self.streams[id(s)]
            if ev & ~select.POLLOUT and entry[0] is not None:
                _task_queue.push(entry[0])
                entry[0] = None
            if ev & ~select.POLLIN and entry[1] is not None:
                _task_queue.push(entry[1])
                entry[1] = None
            if entry[0] is None and entry[1] is None:
                self._drop(entry)
            else:
                self.poller.modify(s, self._mask(entry))


class _IOWait:
    # What `await _IOWait(s, slot)` runs: the first step queues the current
    # task on the IO queue for s and yields to the scheduler, which runs it
    # again once s is ready; the second ends the await.
    def __init__(self, s, slot):
        self.s = s
        self.slot = slot

    def __iter__(self):
        return self

    def __next__(self):
        if self.s is None:
            raise StopIteration
        _io_queue.enqueue(self.s, self.slot)
        self.s = None
        return None


def _promote_to_task(aw):
    return aw if isinstance(aw, Task) else create_task(aw)


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro, globals())
    _task_queue.push(t)
    return t


def _task_ended(t, er):
    # t ended with er (StopIteration or an exception): wake what waits on it.
    waiting = False
    if t.state is True:
        t.state = None
    elif callable(t.state):
        t.state(t, er)
        t.state = False
        waiting = True
    else:
        while t.state.peek():
            _task_queue.push(t.state.pop())
            waiting = True
        t.state = False
    t.data = er
    if not waiting and not isinstance(er, (CancelledError, StopIteration)):
        # Nobody awaits it yet: queue it, and if it is still not awaited
        # when it comes up, the exception handler reports it.
        _task_queue.push(t)


def run_until_complete(main_task=None):
    global cur_task
    while True:
        # Sleep until the first task is due, or while streams are awaited
        # wait for them meanwhile (asked once more at 0 ms before each
        # task, as MicroPython does); stop when nothing is left.
        while True:
            t = _task_queue.peek()
            if t is None:
                if not _io_queue.streams:
                    cur_task = None
                    return None
                _io_queue.wait_io_event(-1)
                continue
            dt = ticks_diff(t.ph_key, ticks())
            if _io_queue.streams:
                _io_queue.wait_io_event(dt if dt > 0 else 0)
            elif dt > 0:
                _idle_ms(dt)
            if dt <= 0:
                break
        t = _task_queue.pop()
        if not t.state:
            # A finished task that raised: report it unless awaited since.
            if t.state is None:
                _exc_context["exception"] = t.data
                _exc_context["future"] = t
                Loop.call_exception_handler(_exc_context)
            continue
        cur_task = t
        try:
            # data still names what the task waited in, unless cancel()
            # left an exception to throw into it.
            exc = t.data
            t.data = None
            if isinstance(exc, BaseException) or exc is CancelledError:
                t.coro.throw(exc)
            else:
                t.coro.send(None)
        except (CancelledError, Exception) as er:
            if t is main_task:
                t.state = False
                t.data = er
                cur_task = None
                if isinstance(er, StopIteration):
                    return er.value
                raise er
            _task_ended(t, er)


def run(coro):
    return run_until_complete(create_task(coro))


def _stopper():
    return
    yield


cur_task = None
_stop_task = None


class Loop:
    _exc_handler = None

    def create_task(coro):
        return create_task(coro)

    def run_forever():
        global _stop_task
        _stop_task = Task(_stopper(), globals())
        run_until_complete(_stop_task)

    def run_until_complete(aw):
        return run_until_complete(_promote_to_task(aw))

    def stop():
        global _stop_task
        if _stop_task is not None:
            _task_queue.push(_stop_task)
            _stop_task = None

    def close():
        pass

    def set_exception_handler(handler):
        Loop._exc_handler = handler

    def get_exception_handler():
        return Loop._exc_handler

    def default_exception_handler(loop, context):
        print(context["message"], file=sys.stderr)
        print("future:", context["future"], "coro=", context["future"].coro, file=sys.stderr)
        sys.print_exception(context["exception"], sys.stderr)

    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def new_event_loop():
    global _task_queue, _io_queue
    _task_queue = TaskQueue()
    _io_queue = IOQueue()
    return Loop


_task_queue = TaskQueue()
_io_queue = IOQueue()
