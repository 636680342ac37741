"""PATHS -> one outcome per file, in order, from isolated workers and the caches.

`plan_batch` hashes the files and finds the outcomes already cached, starting workers (see
pool.py) at the first miss; `screen_batch` collects cached outcomes and sends the rest to
the workers, each of which runs `pipeline.outcome_of` and writes the file's JSON record.
A batch never aborts on a bad file.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from screener.cache import OutcomeCache
from screener.errors import ReadError
from screener.models import Document, Failure, Outcome, ResumeFacts, Rubric
from screener.pipeline import (
    Caches,
    ScreenOptions,
    file_sha256,
    for_reports,
    light,
    outcome_of,
    parse_file,
)

if TYPE_CHECKING:
    from screener.pool import Pool


def parse_files(files: Sequence[Path], as_of: date) -> list[tuple[Document, ResumeFacts] | Failure]:
    """`parse_file` for each file, isolated like screening."""
    from screener.pool import run

    results = run(
        files, _parse_in_worker, jobs=1, init=_init_worker,
        init_args=(None, ScreenOptions(as_of=as_of)),
    )
    return [
        Failure(str(files[i]), None, r.code, r.message, r.detail) if isinstance(r, ReadError) else r
        for i, r in enumerate(results)
    ]


def _parse_in_worker(path: Path) -> tuple[Document, ResumeFacts] | Failure:
    assert _job is not None
    return parse_file(path, _job[1].as_of)


# Set in each worker by _init_worker; module globals because forked workers share nothing else.
_job: tuple[Rubric | None, ScreenOptions] | None = None
_caches: Caches | None = None


def _init_worker(rubric: Rubric | None, options: ScreenOptions) -> None:
    global _job, _caches
    _job = (rubric, options)
    _caches = Caches.open(options, rubric)


def _screen_in_worker(item: tuple[Path, str | None]) -> bytes:
    """One file's outcome, its checklist's copy and its JSON record, pickled together and
    cached when they can be (see Batch for what each is for).

    `item` is the path and its content digest, hashed by the parent when it looked for
    the outcome in the cache (None when there is no cache or the file could not be read).
    """
    assert _job is not None and _caches is not None
    rubric, options = _job
    assert rubric is not None
    path, digest = item
    from screener.reports.json_report import record_text

    outcome = outcome_of(path, rubric, options, _caches, digest)
    kept, shown = outcome, b""
    if options.slim_outcomes:
        # The batch holds the light outcome; the checklist's copy stays pickled until shown.
        slim = for_reports(outcome, keep_evidence=options.evidence_limit is None)
        kept = light(slim)
        if kept is not slim:
            shown = pickle.dumps(slim, protocol=pickle.HIGHEST_PROTOCOL)
    # The record travels and is cached as UTF-8: the batch spills it as bytes, unchanged.
    record = record_text(outcome).encode("utf-8")
    blob = pickle.dumps((kept, shown, record), protocol=pickle.HIGHEST_PROTOCOL)
    if digest and _caches.outcomes is not None and outcome.sha256 is not None:
        _caches.outcomes.put(_caches.outcome_key(digest, path), blob)
    return blob


@dataclass
class BatchPlan:
    """What a batch found before screening: file digests, cached outcomes, and the workers.

    Made by `plan_batch`; a context manager that stops the workers, if any were started.
    Cached outcomes are only located here and loaded one at a time as the batch collects
    them: ten thousand of them, with their records, would not fit in memory at once.
    """

    digests: list[str | None]
    cached: dict[int, str]  # file index -> its outcome's key in `outcomes`
    outcomes: OutcomeCache | None
    pool: Pool | None
    options: ScreenOptions

    def workers(self, files: int) -> Pool:
        """The pool, started now if no miss had started it (a cached entry failed to load)."""
        if self.pool is None:
            self.pool = start_workers(self.options, files)
        return self.pool

    def __enter__(self) -> BatchPlan:
        return self

    def __exit__(self, *_: object) -> None:
        if self.pool is not None:
            self.pool.close()


def plan_batch(
    files: Sequence[Path], rubric_sha256: str | None, rubric_shown: str | None,
    options: ScreenOptions,
) -> BatchPlan:
    """Hash each file, find the outcomes the cache holds, and start workers for the rest.

    The workers start at the first miss, so they import the pipeline while this process
    hashes the other files and reads the rubric; a batch that is all cache hits starts none.
    """
    caches = Caches.for_rubric(options, rubric_sha256, rubric_shown)
    plan = BatchPlan([None] * len(files), {}, caches.outcomes, None, options)
    try:
        for index, path in enumerate(files):
            if caches.outcomes is not None:
                try:
                    digest = file_sha256(path)
                except (OSError, ReadError):
                    digest = None  # the worker reports it, with its error code
                plan.digests[index] = digest
                key = caches.outcome_key(digest, path) if digest else ""
                if key and caches.outcomes.has(key):
                    plan.cached[index] = key
                    continue
            if plan.pool is None:
                plan.workers(len(files) - index)
    except BaseException:  # Ctrl-C while hashing ten thousand files: stop the workers
        plan.__exit__()
        raise
    return plan


class Batch:
    """Every file's outcome, in the order given, and its JSON record (without rank).

    With `ScreenOptions.slim_outcomes`, `outcomes` hold only what ranking, the summary
    and the CSV read (see `pipeline.light`); `full` reads back a candidate's checklist.
    The records, with the full facts, and the checklists wait in a temporary file, so a
    batch of thousands does not hold them in memory. Use as a context manager, or call
    `close`.
    """

    def __init__(self, size: int) -> None:
        self.outcomes: list[Outcome] = [None] * size  # type: ignore[list-item]
        self._spill = tempfile.TemporaryFile()
        self._where: list[tuple[int, int]] = [(0, 0)] * size
        self._shown: list[tuple[int, int]] = [(0, 0)] * size
        self._index: dict[int, int] | None = None

    def add(self, index: int, outcome: Outcome, data: bytes, shown: bytes = b"") -> None:
        """Keep `outcome`, its record `data` (UTF-8 JSON) and its pickled checklist `shown`."""
        end = self._spill.seek(0, 2)
        self._spill.write(data)
        self._spill.write(shown)
        self._where[index] = (end, len(data))
        self._shown[index] = (end + len(data), len(shown))
        self.outcomes[index] = outcome

    def full(self, outcome: Outcome) -> Outcome:
        """One of `outcomes` with the reasons and evidence of its checks, as the checklist shows."""
        if self._index is None:
            self._index = {id(o): i for i, o in enumerate(self.outcomes)}
        offset, length = self._shown[self._index[id(outcome)]]
        if not length:
            return outcome  # kept whole (a failure, or a batch that is not slimmed)
        self._spill.seek(offset)
        return pickle.loads(self._spill.read(length))

    def records(self) -> Iterator[str]:
        """Each file's record, in the order given."""
        for offset, length in self._where:
            self._spill.seek(offset)
            yield self._spill.read(length).decode("utf-8")

    def close(self) -> None:
        self._spill.close()

    def __enter__(self) -> Batch:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def screen_files(
    files: Sequence[Path],
    rubric: Rubric,
    options: ScreenOptions,
    on_outcome: Callable[[Outcome, bytes], None] | None = None,
) -> list[Outcome]:
    """Screen every file in isolated workers; one outcome per file, in the order given."""
    with screen_batch(files, rubric, options, on_outcome) as batch:
        return batch.outcomes


def start_workers(options: ScreenOptions, files: int) -> Pool:
    """The worker pool for a batch of `files`, started now so it warms up meanwhile."""
    from screener.pool import Pool, PoolLimits

    limits = PoolLimits(timeout=options.timeout, memory=options.memory)
    return Pool(max(1, min(options.jobs, files)), limits, warm=_warm_worker)


def _warm_worker() -> None:
    """Import every stage in a fresh worker, while the parent loads the rubric."""
    import screener.evaluate  # noqa: F401
    import screener.extract  # noqa: F401
    import screener.readers.docx  # noqa: F401
    import screener.readers.pdf  # noqa: F401
    import screener.reports.json_report  # noqa: F401


def screen_batch(
    files: Sequence[Path],
    rubric: Rubric,
    options: ScreenOptions,
    on_outcome: Callable[[Outcome, bytes], None] | None = None,
    plan: BatchPlan | None = None,
) -> Batch:
    """Screen every file in isolated workers, keeping each worker's JSON record too.

    `plan` is one from `plan_batch` for this rubric, left for the caller to close;
    without it the batch makes and closes its own.
    """
    from screener.reports.json_report import record_text

    batch = Batch(len(files))

    def collect(index: int, result: object) -> None:
        if isinstance(result, ReadError):  # the worker died, overran or ran out of memory
            outcome: Outcome = Failure(
                str(files[index]), None, result.code, result.message, result.detail
            )
            shown, record = b"", record_text(outcome).encode("utf-8")
        else:
            assert isinstance(result, bytes)
            outcome, shown, record = pickle.loads(result)
        batch.add(index, outcome, record, shown)
        if on_outcome is not None:
            on_outcome(outcome, record)

    own = plan is None
    try:
        if own:
            plan = plan_batch(files, rubric.sha256, rubric.path, options)
        assert plan is not None
        try:
            todo = [i for i in range(len(files)) if i not in plan.cached]
            for index, key in plan.cached.items():
                blob = plan.outcomes.get(key) if plan.outcomes is not None else None
                if blob is None:  # damaged since it was found: screen the file again
                    todo.append(index)
                else:
                    collect(index, blob)
            if todo:
                plan.workers(len(todo)).map(
                    [(files[i], plan.digests[i]) for i in todo],
                    _screen_in_worker,
                    init=_init_worker,
                    init_args=(rubric, options),
                    on_result=lambda at, result: collect(todo[at], result),
                    collect=False,
                )
        finally:
            if own:
                plan.__exit__()
    except BaseException:
        batch.close()
        raise
    return batch
