"""Scale, budget: a time budget per document, so that one pathological document cannot stall a chunk.

`time_budget(seconds)` raises `_OverTime` inside its block once the budget is spent: by SIGALRM in
the main thread, by a timer thread (`_ThreadBudget`) elsewhere (Dask runs tasks in worker threads).
"""
from __future__ import annotations

import ctypes
import signal
import threading
from contextlib import contextmanager
from typing import Any, Iterator


class _OverTime(BaseException):
    """Raised by the alarm inside a document that overran its budget (a BaseException, so that no
    `except Exception` in a stage can swallow it)."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise `_OverTime` in this block after `seconds` (0: no limit).

    In the main thread on Unix an interval timer (SIGALRM) interrupts Python code and regular
    expressions alike. Elsewhere (a Dask worker runs its tasks in worker threads, where no signal
    arrives) a timer thread raises `_OverTime` in the running thread (`_ThreadBudget`): this
    interrupts Python code, but a single call into C (one regular expression) only when it returns.

    >>> import re
    >>> try:
    ...     with time_budget(0.05):
    ...         _ = re.match(r"(a*)*b", "a" * 40)  # (exponential: runs for ages)
    ... except _OverTime:
    ...     print("stopped")
    stopped
    """
    if not seconds:
        yield
        return
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        if not hasattr(ctypes, "pythonapi"):  # (not CPython: no way to interrupt a thread)
            yield
            return
        with _ThreadBudget(seconds):
            yield
        return

    def overtime(signum: int, frame: Any) -> None:
        raise _OverTime

    previous = signal.signal(signal.SIGALRM, overtime)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _ThreadBudget:
    """`time_budget` outside the main thread: after `seconds`, a timer thread raises `_OverTime` in
    the thread that entered the block (CPython's PyThreadState_SetAsyncExc), never after it left.

    >>> import threading, time
    >>> said = []
    >>> def slow():
    ...     try:
    ...         with _ThreadBudget(0.05):
    ...             for _ in range(500):
    ...                 time.sleep(0.01)
    ...         said.append("finished")
    ...     except _OverTime:
    ...         said.append("stopped")
    >>> t = threading.Thread(target=slow); t.start(); t.join(); said
    ['stopped']
    """

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._lock = threading.Lock()
        self._state = "running"  # → "fired" (the timer raised) or "done" (the block left first)
        self._thread = threading.get_ident()
        self._timer: threading.Timer | None = None

    def __enter__(self) -> "_ThreadBudget":
        self._thread = threading.get_ident()
        self._timer = threading.Timer(self._seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _expire(self) -> None:
        with self._lock:
            if self._state == "running":
                self._state = "fired"
                _raise_in_thread(self._thread, _OverTime)

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        assert self._timer is not None
        try:
            with self._lock:
                fired, self._state = self._state == "fired", "done"
            self._timer.cancel()
        except _OverTime:  # delivered just after the block's last instruction: the block finished
            fired = True
        if fired:  # withdrawn if not delivered yet: it must not land after the block
            _raise_in_thread(self._thread, None)
        return False


def _raise_in_thread(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise `exc` in thread `thread_id` at its next Python instruction (None: withdraw a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)
