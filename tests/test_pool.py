"""The isolated worker pool: order, timeouts, memory caps and crashes become values."""

from __future__ import annotations

import os
import signal
import time

import pytest

from screener.errors import Crashed, Timeout, TooLarge
from screener.pool import PoolLimits, run


def _square(n: int) -> int:
    # Later items finish first, so input order must come from the pool, not from timing.
    time.sleep(0.01 * (5 - n % 5))
    return n * n


def _misbehave(kind: str) -> str:
    if kind == "sleep":
        time.sleep(60)
    if kind == "hog":
        blocks = []
        while True:
            blocks.append(bytearray(64 * 1024 * 1024))
    if kind == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if kind == "raise":
        raise ValueError("private text that must not leak")
    return kind


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_back_in_input_order(jobs: int) -> None:
    seen: list[int] = []
    results = run(list(range(12)), _square, jobs=jobs, on_result=lambda i, r: seen.append(i))
    assert results == [n * n for n in range(12)]
    assert sorted(seen) == list(range(12))


def test_a_worker_that_overruns_is_replaced_and_the_batch_goes_on() -> None:
    results = run(["ok", "sleep", "ok"], _misbehave, jobs=1, limits=PoolLimits(timeout=1.0))
    assert results[0] == "ok" and results[2] == "ok"
    assert isinstance(results[1], Timeout)


def test_memory_growth_is_stopped_as_too_large() -> None:
    results = run(
        ["hog", "ok"], _misbehave, jobs=1, limits=PoolLimits(timeout=20, memory=300 * 1024 * 1024)
    )
    assert isinstance(results[0], TooLarge), results[0]
    assert results[1] == "ok"


def test_a_worker_that_dies_is_reported_as_crashed() -> None:
    results = run(["die", "ok"], _misbehave, jobs=1)
    assert isinstance(results[0], Crashed)
    assert results[1] == "ok"


def test_an_exception_is_recorded_by_class_not_message() -> None:
    results = run(["raise"], _misbehave, jobs=1)
    assert isinstance(results[0], Crashed)
    assert results[0].detail == "ValueError"
    assert "private" not in results[0].message


def test_no_items_starts_no_worker() -> None:
    assert run([], _square, jobs=4) == []


_WARMED: list[int] = []


def _warm() -> None:
    _WARMED.append(os.getpid())


def _warmed(_: object) -> bool:
    return bool(_WARMED) and _WARMED[-1] == os.getpid()  # warm ran in this worker first


def test_a_started_pool_warms_each_worker_and_serves_several_batches() -> None:
    from screener.pool import Pool

    with Pool(2, warm=_warm) as pool:
        assert pool.map(list(range(6)), _warmed) == [True] * 6
        assert pool.map(list(range(4)), _square) == [0, 1, 4, 9]
    assert _WARMED == []  # warming happened in the workers, not here


def test_tasks_queued_behind_a_timed_out_one_are_run_by_the_replacement() -> None:
    items = ["sleep", "ok", "ok", "ok"]
    results = run(items, _misbehave, jobs=1, limits=PoolLimits(timeout=1.0))
    assert isinstance(results[0], Timeout)
    assert results[1:] == ["ok", "ok", "ok"]
