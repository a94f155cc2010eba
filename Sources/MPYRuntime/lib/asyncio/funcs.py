# wait_for, wait_for_ms and gather, as generators awaited by the caller.

from . import core


def _run(waiter, aw, box):
    # Runs aw for wait_for; box is [status, result]: status None while
    # running, then True (result in box[1]) or the exception aw raised.
    try:
        box[1] = yield from aw
        s = True
    except BaseException as er:
        s = er
    if box[0] is None:
        box[0] = s
        waiter.cancel()


def wait_for(aw, timeout, sleep=core.sleep):
    aw = core._promote_to_task(aw)
    if timeout is None:
        return (yield from aw)
    box = [None, None]
    runner = core.create_task(_run(core.cur_task, aw, box))
    try:
        yield from sleep(timeout)
    except core.CancelledError as er:
        status = box[0]
        if status is True:
            return box[1]
        if status is None:
            # wait_for itself was cancelled: cancel aw too.
            box[0] = True
            runner.cancel()
            raise er
        raise status
    # The timeout came first.
    box[0] = True
    runner.cancel()
    yield from runner
    raise core.TimeoutError


def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout, core.sleep_ms)


class _Remove:
    # The gathering task's data while it waits: cancel() takes it off nothing.
    @staticmethod
    def remove(t):
        pass


def gather(*aws, return_exceptions=False):
    if not aws:
        return []
    ts = [core._promote_to_task(aw) for aw in aws]
    gather_task = core.cur_task
    left = [0, None]  # tasks still running, the first exception seen

    def done(t, er):
        if gather_task.data is not _Remove:
            return
        if not return_exceptions and not isinstance(er, StopIteration):
            left[1] = er
        else:
            left[0] -= 1
            if left[0]:
                return
        gather_task.data = None
        core._task_queue.push(gather_task)

    for t in ts:
        if t.state is True:
            t.state = done
            left[0] += 1
        elif not t.state:
            # Already finished: its result is taken below.
            t.state = False
        else:
            raise RuntimeError("can't gather")
    cancel_all = False
    if left[0]:
        gather_task.data = _Remove
        try:
            yield
        except core.CancelledError as er:
            cancel_all = True
            left[1] = er
    res = []
    for t in ts:
        if t.state is done:
            # Still running: detach (and cancel if gather was cancelled).
            t.state = True
            if cancel_all:
                t.cancel()
            res.append(None)
        elif isinstance(t.data, StopIteration):
            res.append(t.data.value)
        else:
            res.append(t.data)
    if left[1] is not None:
        raise left[1]
    if not return_exceptions:
        for r in res:
            if isinstance(r, BaseException):
                raise r
    return res
