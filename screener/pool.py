"""Run one task per file in worker processes that a hostile file cannot take down with it.

Each worker is a forked process with an address-space cap (RLIMIT_AS) and SIGINT ignored;
the parent gives each task a wall-clock deadline and watches each busy worker's resident
memory. A worker that overruns, grows past the cap or dies is killed and replaced, and its
task gets a `ReadError` value (timeout, too-large, crashed) instead of a result, so the
batch goes on. Results come back through `on_result` as they finish and, from `map`, in
input order whatever finished first.

Workers can be started before the work is known (`Pool`), so their imports overlap with
the parent's own start-up, and each holds a second task in its pipe, so it never waits
for the parent between two files.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from screener.errors import Crashed, ReadError, Timeout, TooLarge

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_POLL_SECONDS = 0.05
# Tasks queued per worker: the one it works on and the next, already in its pipe.
_IN_FLIGHT = 2


@dataclass(frozen=True, slots=True)
class PoolLimits:
    timeout: float = 30.0  # seconds of wall-clock per task
    memory: int = 1024 * 1024 * 1024  # bytes of resident memory per worker


@dataclass(frozen=True, slots=True)
class _Job:
    """What every worker runs, sent once to each (and again to a replacement)."""

    task: Callable[[Any], Any]
    init: Callable[..., None] | None
    init_args: tuple


class _Worker:
    """One child process and the tasks queued on it, the first being worked on."""

    def __init__(self, ctx: Any, memory: int, warm: Callable[[], None] | None) -> None:
        self.conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(
            target=_worker_main, args=(child_conn, memory, warm), daemon=True
        )
        self.process.start()
        child_conn.close()
        self.tasks: deque[int] = deque()
        self.deadline = 0.0
        self.peak_rss = 0

    def give(self, index: int, item: Any, timeout: float) -> None:
        if not self.tasks:
            self.started(timeout)
        self.tasks.append(index)
        self.conn.send((index, item))

    def started(self, timeout: float) -> None:
        """The head task has just begun: its clock and memory watch start now."""
        self.deadline = time.monotonic() + timeout
        self.peak_rss = 0

    def rss(self) -> int:
        try:
            with open(f"/proc/{self.process.pid}/statm", "rb") as statm:
                return int(statm.read().split()[1]) * _PAGE
        except (OSError, ValueError, IndexError):
            return 0

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


def _worker_main(conn: Connection, memory: int, warm: Callable[[], None] | None) -> None:
    # Ctrl-C goes to the whole process group; only the parent decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _cap_address_space(memory)
    if warm is not None:
        warm()
    job: _Job | None = None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        if isinstance(message, _Job):
            job = message
            if job.init is not None:
                job.init(*job.init_args)
            continue
        index, item = message
        assert job is not None
        try:
            result = job.task(item)
        except MemoryError:
            result = TooLarge(detail="MemoryError")
        except BaseException as exc:  # noqa: BLE001 - a task failure must come back as a value
            result = Crashed(detail=type(exc).__name__)
        try:
            conn.send((index, result))
        except MemoryError:
            conn.send((index, TooLarge(detail="MemoryError")))


def _cap_address_space(memory: int) -> None:
    """Cap virtual memory at what the worker already maps plus the budget, so allocations fail."""
    try:
        import resource

        with open("/proc/self/statm", "rb") as statm:
            mapped = int(statm.read().split()[0]) * _PAGE
        limit = mapped + memory
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, OSError, ValueError):
        pass  # no /proc or no RLIMIT_AS (not Linux): the parent's RSS watch still applies


class Pool:
    """Up to `jobs` isolated workers, started at once; `map` hands them the work.

    `warm` runs in each new worker before any task (imports, say), while the parent goes
    on with its own start-up. Use as a context manager: leaving it stops every worker.
    """

    def __init__(
        self, jobs: int, limits: PoolLimits = PoolLimits(), warm: Callable[[], None] | None = None
    ) -> None:
        self.limits = limits
        self._ctx = multiprocessing.get_context("fork")
        self._warm = warm
        self._job: _Job | None = None
        self.workers = [self._start() for _ in range(max(1, jobs))]

    def _start(self) -> _Worker:
        worker = _Worker(self._ctx, self.limits.memory, self._warm)
        if self._job is not None:
            worker.conn.send(self._job)
        return worker

    def map(
        self,
        items: Sequence[Any],
        task: Callable[[Any], Any],
        *,
        init: Callable[..., None] | None = None,
        init_args: tuple = (),
        on_result: Callable[[int, Any], None] | None = None,
        collect: bool = True,
    ) -> list[Any]:
        """Apply `task` to every item; results (or the ReadError of a failed task) in input order.

        With `collect=False` results only go to `on_result` (a big batch is not held twice).
        """
        results: list[Any] = [None] * len(items)
        if not items:
            return results
        self._job = _Job(task, init, init_args)
        for worker in self.workers:
            worker.conn.send(self._job)
        pending = deque(range(len(items)))
        timeout = self.limits.timeout
        done = 0

        def finish(index: int, result: Any) -> None:
            nonlocal done
            if collect:
                results[index] = result
            done += 1
            if on_result is not None:
                on_result(index, result)

        def feed(worker: _Worker) -> None:
            while pending and len(worker.tasks) < _IN_FLIGHT:
                index = pending.popleft()
                worker.give(index, items[index], timeout)

        def fail(worker: _Worker, error: ReadError) -> None:
            """The head task failed with its worker: report it, requeue the rest, replace."""
            failed = worker.tasks.popleft()
            pending.extendleft(reversed(worker.tasks))
            self.workers.remove(worker)
            worker.kill()
            fresh = self._start()
            self.workers.append(fresh)
            finish(failed, error)
            feed(fresh)

        for worker in self.workers:
            feed(worker)
        while done < len(items):
            busy = {w.conn: w for w in self.workers if w.tasks}
            ready = wait(list(busy), timeout=_POLL_SECONDS)
            for conn in ready:
                worker = busy[conn]
                try:
                    index, result = conn.recv()
                except (EOFError, OSError):
                    # The worker died mid-task: most often the memory cap made an allocation
                    # in native code abort, so a worker seen growing large is reported so.
                    large = worker.peak_rss > self.limits.memory // 2
                    fail(worker, (TooLarge if large else Crashed)(detail="WorkerDied"))
                    continue
                worker.tasks.popleft()
                if worker.tasks:
                    worker.started(timeout)
                finish(index, result)
                feed(worker)
            now = time.monotonic()
            for worker in [w for w in self.workers if w.tasks and w.conn not in ready]:
                rss = worker.rss()
                worker.peak_rss = max(worker.peak_rss, rss)
                if rss > self.limits.memory:
                    fail(worker, TooLarge(detail="MemoryLimit"))
                elif now > worker.deadline:
                    fail(worker, Timeout(detail="WallClock"))
        return results

    def close(self) -> None:
        for worker in self.workers:
            if not worker.tasks and worker.process.is_alive():
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
            worker.kill()
        self.workers = []

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def run(
    items: Sequence[Any],
    task: Callable[[Any], Any],
    *,
    jobs: int,
    limits: PoolLimits = PoolLimits(),
    init: Callable | None = None,
    init_args: tuple = (),
    on_result: Callable[[int, Any], None] | None = None,
    collect: bool = True,
) -> list[Any]:
    """`Pool.map` on a pool of up to `jobs` workers started for these items alone.

    `task`, `init` and items must be picklable only under a spawn start method; here
    workers are forked, so module-level functions are enough.
    """
    if not items:
        return [None] * len(items)
    with Pool(min(jobs, len(items)), limits) as pool:
        return pool.map(
            items, task, init=init, init_args=init_args, on_result=on_result, collect=collect
        )
