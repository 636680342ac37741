"""PATHS -> one Screening or Failure per file: read, understand, evaluate; parallel and isolated.

`screen_file` is the whole journey of one file and never raises for a bad file.
`screen_files` runs it in isolated worker processes (see pool.py) and never aborts a batch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from screener.errors import Crashed, ReadError
from screener.models import Document, Failure, Outcome, ResumeFacts, Rubric, Screening


@dataclass(frozen=True, slots=True)
class ScreenOptions:
    as_of: date
    jobs: int = 1
    timeout: float = 30.0
    memory: int = 1024 * 1024 * 1024
    cache_dir: Path | None = None  # None: no cache
    keep_tracebacks: bool = False  # --verbose: attach the traceback of an unexpected failure


def screen_file(path: Path, rubric: Rubric, options: ScreenOptions) -> Outcome:
    """Read, understand and check one file; a file that cannot be read becomes a Failure."""
    name = str(path)
    sha256: str | None = None
    try:
        sha256 = _sha256(path)
        document = _read(path, sha256, options)
    except ReadError as error:
        return Failure(name, sha256, error.code, error.message, error.detail)
    except OSError as error:
        return Failure(
            name, sha256, "unreadable",
            "the file could not be opened (moved, deleted or no permission); check it and try again",
            type(error).__name__,
        )
    try:
        from screener.evaluate import evaluate
        from screener.extract import extract_facts

        facts = extract_facts(document, options.as_of)
        result = evaluate(document, facts, rubric)
    except Exception as error:  # noqa: BLE001 - one odd document must not stop the batch
        detail = type(error).__name__
        if options.keep_tracebacks:
            import traceback

            detail += "\n" + traceback.format_exc()
        crashed = Crashed("the screener failed on this document; please report it", detail)
        return Failure(name, sha256, crashed.code, crashed.message, crashed.detail)
    return Screening(
        file=name,
        sha256=document.sha256,
        format=document.format,
        pages=document.pages,
        facts=facts,
        checks=result.checks,
        score=result.score,
        verdict=result.verdict,
        failed_knockouts=result.failed_knockouts,
        warnings=document.warnings + facts.warnings,
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read(path: Path, sha256: str, options: ScreenOptions) -> Document:
    from screener.readers import READER_VERSION, read_document

    cache = None
    if options.cache_dir is not None:
        from screener.cache import DocumentCache

        cache = DocumentCache(options.cache_dir, READER_VERSION)
        cached = cache.get(sha256, str(path))
        if cached is not None:
            return cached
    document = read_document(path)
    if cache is not None:
        cache.put(document)
    return document


def parse_file(path: Path, as_of: date) -> tuple[Document, ResumeFacts] | Failure:
    """Read and understand one file, without a rubric: what `screener parse` shows."""
    try:
        document = _read(path, _sha256(path), ScreenOptions(as_of=as_of))
    except ReadError as error:
        return Failure(str(path), None, error.code, error.message, error.detail)
    from screener.extract import extract_facts

    return document, extract_facts(document, as_of)


def parse_files(files: Sequence[Path], as_of: date) -> list[tuple[Document, ResumeFacts] | Failure]:
    """`parse_file` for each file, isolated like screening."""
    from screener.pool import run

    results = run(files, _parse_in_worker, jobs=1, init=_init_worker, init_args=(None, ScreenOptions(as_of=as_of)))
    return [
        Failure(str(files[i]), None, r.code, r.message, r.detail) if isinstance(r, ReadError) else r
        for i, r in enumerate(results)
    ]


def _parse_in_worker(path: Path) -> tuple[Document, ResumeFacts] | Failure:
    assert _job is not None
    return parse_file(path, _job[1].as_of)


# Set in each worker by _init_worker; module globals because forked workers share nothing else.
_job: tuple[Rubric | None, ScreenOptions] | None = None


def _init_worker(rubric: Rubric | None, options: ScreenOptions) -> None:
    global _job
    _job = (rubric, options)


def _screen_in_worker(path: Path) -> Outcome:
    assert _job is not None
    rubric, options = _job
    assert rubric is not None
    return screen_file(path, rubric, options)


def screen_files(
    files: Sequence[Path],
    rubric: Rubric,
    options: ScreenOptions,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Screen every file in isolated workers; one outcome per file, in the order given."""
    from screener.pool import PoolLimits, run

    def to_outcome(index: int, result: object) -> Outcome:
        if isinstance(result, ReadError):  # the worker died, overran or ran out of memory
            return Failure(str(files[index]), None, result.code, result.message, result.detail)
        assert isinstance(result, (Screening, Failure))
        return result

    def report(index: int, result: object) -> None:
        if on_outcome is not None:
            on_outcome(to_outcome(index, result))

    results = run(
        files,
        _screen_in_worker,
        jobs=options.jobs,
        limits=PoolLimits(timeout=options.timeout, memory=options.memory),
        init=_init_worker,
        init_args=(rubric, options),
        on_result=report,
    )
    return [to_outcome(i, r) for i, r in enumerate(results)]
