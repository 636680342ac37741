"""Run one task per file in worker processes that a hostile file cannot take down with it.

Each worker is a forked process with an address-space cap (RLIMIT_AS) and SIGINT ignored;
the parent gives each task a wall-clock deadline and watches each busy worker's resident
memory. A worker that overruns, grows past the cap or dies is killed and replaced, and its
task gets a `ReadError` value (timeout, too-large, crashed) instead of a result, so the
batch goes on. Results come back through `on_result` as they finish and, from `run`, in
input order whatever finished first.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from screener.errors import Crashed, ReadError, Timeout, TooLarge

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_POLL_SECONDS = 0.05


@dataclass(frozen=True, slots=True)
class PoolLimits:
    timeout: float = 30.0  # seconds of wall-clock per task
    memory: int = 1024 * 1024 * 1024  # bytes of resident memory per worker


class _Worker:
    """One child process and the task it is working on, if any."""

    def __init__(self, ctx: Any, target: Callable[..., None], args: tuple) -> None:
        self.conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=target, args=(child_conn, *args), daemon=True)
        self.process.start()
        child_conn.close()
        self.task: int | None = None
        self.deadline = 0.0
        self.peak_rss = 0

    def give(self, index: int, item: Any, timeout: float) -> None:
        self.task = index
        self.deadline = time.monotonic() + timeout
        self.peak_rss = 0
        self.conn.send((index, item))

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


def _worker_main(conn: Connection, task: Callable[[Any], Any], memory: int, init: Callable | None,
                 init_args: tuple) -> None:
    # Ctrl-C goes to the whole process group; only the parent decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _cap_address_space(memory)
    if init is not None:
        init(*init_args)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, item = message
        try:
            result = task(item)
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
    """Apply `task` to every item in up to `jobs` isolated workers; results in input order.

    A task that fails yields the `ReadError` describing why (timeout, too-large, crashed)
    in its place. `task`, `init` and items must be picklable only under a spawn start
    method; here workers are forked, so module-level functions are enough. With
    `collect=False` results only go to `on_result` (a big batch is not held twice).
    """
    results: list[Any] = [None] * len(items)
    if not items:
        return results
    ctx = multiprocessing.get_context("fork")
    args = (task, limits.memory, init, init_args)
    workers = [_Worker(ctx, _worker_main, args) for _ in range(max(1, min(jobs, len(items))))]
    pending = iter(range(len(items)))
    done = 0

    def finish(index: int, result: Any) -> None:
        nonlocal done
        if collect:
            results[index] = result
        done += 1
        if on_result is not None:
            on_result(index, result)

    def feed(worker: _Worker) -> None:
        index = next(pending, None)
        if index is not None:
            worker.give(index, items[index], limits.timeout)
        else:
            worker.task = None

    try:
        for worker in workers:
            feed(worker)
        while done < len(items):
            busy = {w.conn: w for w in workers if w.task is not None}
            ready = wait(list(busy), timeout=_POLL_SECONDS)
            for conn in ready:
                worker = busy[conn]
                try:
                    index, result = conn.recv()
                except (EOFError, OSError):
                    # The worker died mid-task: most often the memory cap made an allocation
                    # in native code abort, so a worker seen growing large is reported so.
                    failed = worker.task
                    large = worker.peak_rss > limits.memory // 2
                    error = (TooLarge if large else Crashed)(detail="WorkerDied")
                    _replace(workers, worker, ctx, args)
                    finish(failed, error)
                    feed(workers[-1])
                    continue
                finish(index, result)
                feed(worker)
            now = time.monotonic()
            for worker in [w for w in workers if w.task is not None]:
                if worker.conn in ready:
                    continue
                rss = worker.rss()
                worker.peak_rss = max(worker.peak_rss, rss)
                error: ReadError | None = None
                if rss > limits.memory:
                    error = TooLarge(detail="MemoryLimit")
                elif now > worker.deadline:
                    error = Timeout(detail="WallClock")
                if error is not None:
                    failed = worker.task
                    _replace(workers, worker, ctx, args)
                    finish(failed, error)
                    feed(workers[-1])
    finally:
        for worker in workers:
            if worker.task is None and worker.process.is_alive():
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
            worker.kill()
    return results


def _replace(workers: list[_Worker], worker: _Worker, ctx: Any, args: tuple) -> None:
    worker.kill()
    workers.remove(worker)
    workers.append(_Worker(ctx, _worker_main, args))
