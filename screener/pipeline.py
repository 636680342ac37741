"""PATHS -> one Screening or Failure per file: read, understand, evaluate; parallel and isolated.

`screen_file` is the whole journey of one file and never raises for a bad file.
`screen_files` runs it in isolated worker processes (see pool.py) and never aborts a batch.
"""

from __future__ import annotations

import hashlib
import pickle
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from screener.cache import DocumentCache, FactsCache, OutcomeCache, source_fingerprint
from screener.errors import Crashed, ReadError
from screener.models import Document, Failure, Outcome, ResumeFacts, Rubric, Screening

if TYPE_CHECKING:
    from screener.pool import Pool


EVIDENCE_LIMIT = 3  # pieces of evidence kept per check and per skill unless --details


@dataclass(frozen=True)
class ScreenOptions:
    as_of: date
    jobs: int = 1
    timeout: float = 30.0
    memory: int = 1024 * 1024 * 1024
    cache_dir: Path | None = None  # None: no cache
    keep_tracebacks: bool = False  # --verbose: attach the traceback of an unexpected failure
    evidence_limit: int | None = EVIDENCE_LIMIT  # None: keep every piece (--details)
    # A batch for the reports keeps only what they read (see _for_reports); the full
    # facts still reach the JSON records.
    slim_outcomes: bool = False


def screen_file(path: Path, rubric: Rubric, options: ScreenOptions) -> Outcome:
    """Read, understand and check one file; a file that cannot be read becomes a Failure."""
    return _outcome(path, rubric, options, _Caches.open(options, rubric))


def _outcome(
    path: Path, rubric: Rubric, options: ScreenOptions, caches: _Caches, sha256: str | None = None
) -> Outcome:
    """`screen_file`'s work; `sha256` is the file's digest when the caller already has it."""
    name = str(path)
    try:
        sha256 = sha256 or _sha256(path)
        known = caches.known_facts(sha256, path)
        document = known[0] if known else caches.document(sha256, path)
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

        if known:
            facts = known[1]
        else:
            facts = extract_facts(document, options.as_of)
            caches.keep_facts(sha256, path, document, facts)
        result = evaluate(document, facts, rubric)
    except Exception as error:  # noqa: BLE001 - one odd document must not stop the batch
        detail = type(error).__name__
        if options.keep_tracebacks:
            import traceback

            detail += "\n" + traceback.format_exc()
        crashed = Crashed("the screener failed on this document; please report it", detail)
        return Failure(name, sha256, crashed.code, crashed.message, crashed.detail)
    screening = Screening(
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
    return _trimmed(screening, options.evidence_limit)


def _trimmed(screening: Screening, limit: int | None) -> Screening:
    """Keep the best few pieces of evidence per check and skill; counts stay whole.

    A batch of thousands holds every outcome in memory and in the report, and a
    recruiter reads the first pieces; `--details` keeps them all.
    """
    facts = screening.facts
    roles = tuple(replace(r, bullets=()) for r in facts.roles)  # bullets served extraction
    if limit is None:
        return replace(screening, facts=replace(facts, roles=roles))
    skills = tuple(
        replace(k, evidence=k.evidence[:limit]) if len(k.evidence) > limit else k
        for k in facts.skills
    )
    checks = tuple(
        replace(c, evidence=c.evidence[:limit]) if len(c.evidence) > limit else c
        for c in screening.checks
    )
    return replace(screening, facts=replace(facts, roles=roles, skills=skills), checks=checks)


def _for_reports(outcome: Outcome, keep_evidence: bool) -> Outcome:
    """What a batch keeps in memory once the JSON record is written: no skills or sections.

    The terminal and CSV reports read contact, years, degree and checks; the full facts
    live in the record. Unless every piece of evidence was asked for (--details), each
    check keeps its best one, which is all a checklist shows. Ten thousand full
    outcomes held 1.7 GB; these hold a small fraction of that.
    """
    if not isinstance(outcome, Screening):
        return outcome
    facts = replace(outcome.facts, skills=(), sections=())
    checks = outcome.checks
    if not keep_evidence:
        checks = tuple(replace(c, evidence=c.evidence[:1]) if len(c.evidence) > 1 else c
                       for c in checks)
    return replace(outcome, facts=facts, checks=checks)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class _Caches:
    """The three cache layers: read documents; facts as of a date; outcomes for a rubric too."""

    documents: DocumentCache | None = None
    outcomes: OutcomeCache | None = None
    outcome_salt: str = ""  # what every outcome key shares: code, rubric, as-of, evidence kept
    facts: FactsCache | None = None
    facts_salt: str = ""  # what every facts key shares: code and as-of

    @staticmethod
    def open(options: ScreenOptions, rubric: Rubric | None) -> _Caches:
        if rubric is None or rubric.sha256 is None:
            return _Caches.for_rubric(options, None, None)
        return _Caches.for_rubric(options, rubric.sha256, rubric.path)

    @staticmethod
    def for_rubric(options: ScreenOptions, sha256: str | None, shown: str | None) -> _Caches:
        """The caches for a rubric known by the digest of its bytes and the name it is shown by.

        The digest is enough to find outcomes, so cached ones are served before the rubric
        is parsed.
        """
        if options.cache_dir is None:
            return _Caches()
        from screener.readers import READER_VERSION

        reader_key = f"{READER_VERSION}-{source_fingerprint('readers')}"
        documents = DocumentCache(options.cache_dir, reader_key)
        # Facts depend on the document, all of our code and data, and what "Present" means.
        facts_salt = _salt(source_fingerprint("."), options.as_of)
        facts = FactsCache(options.cache_dir)
        if sha256 is None:
            return _Caches(documents, None, "", facts, facts_salt)
        # Outcomes also on the rubric and how much evidence is kept.
        outcome_salt = _salt(facts_salt, sha256, shown, options.evidence_limit,
                             options.slim_outcomes)
        return _Caches(documents, OutcomeCache(options.cache_dir), outcome_salt, facts, facts_salt)

    def outcome_key(self, digest: str, path: Path) -> str:
        """An outcome's key: its file's content and path (the record names its file)."""
        return hashlib.sha256(f"{digest}|{self.outcome_salt}|{path}".encode()).hexdigest()

    def known_facts(self, digest: str, path: Path) -> tuple[Document, ResumeFacts] | None:
        """The document and facts of this file as of the batch's date, if cached."""
        if self.facts is None:
            return None
        blob = self.facts.get(self._facts_key(digest, path))
        if blob is None:
            return None
        try:
            document, facts = pickle.loads(blob)
        except Exception:  # noqa: BLE001 - an entry from another build: read the file again
            return None
        return document, facts

    def keep_facts(self, digest: str, path: Path, document: Document, facts: ResumeFacts) -> None:
        if self.facts is not None:
            blob = pickle.dumps((document, facts), protocol=pickle.HIGHEST_PROTOCOL)
            self.facts.put(self._facts_key(digest, path), blob)

    def _facts_key(self, digest: str, path: Path) -> str:
        # The path too: a document names its file.
        return hashlib.sha256(f"{digest}|{self.facts_salt}|{path}".encode()).hexdigest()

    def document(self, sha256: str, path: Path) -> Document:
        from screener.readers import read_document

        if self.documents is not None:
            cached = self.documents.get(sha256, str(path))
            if cached is not None:
                return cached
        document = read_document(path)
        if self.documents is not None:
            self.documents.put(document)
        return document


def _salt(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:24]


def parse_file(path: Path, as_of: date) -> tuple[Document, ResumeFacts] | Failure:
    """Read and understand one file, without a rubric: what `screener parse` shows."""
    try:
        document = _Caches().document(_sha256(path), path)
    except ReadError as error:
        return Failure(str(path), None, error.code, error.message, error.detail)
    from screener.extract import extract_facts

    return document, extract_facts(document, as_of)


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
_caches: _Caches | None = None


def _init_worker(rubric: Rubric | None, options: ScreenOptions) -> None:
    global _job, _caches
    _job = (rubric, options)
    _caches = _Caches.open(options, rubric)


def _screen_in_worker(item: tuple[Path, str | None]) -> bytes:
    """One file's outcome and its JSON record, pickled together, and cached when it can be.

    `item` is the path and its content digest, hashed by the parent when it looked for
    the outcome in the cache (None when there is no cache or the file could not be read).
    """
    assert _job is not None and _caches is not None
    rubric, options = _job
    assert rubric is not None
    path, digest = item
    from screener.reports.json_report import record_text

    outcome = _outcome(path, rubric, options, _caches, digest)
    kept = (
        _for_reports(outcome, keep_evidence=options.evidence_limit is None)
        if options.slim_outcomes
        else outcome
    )
    blob = pickle.dumps((kept, record_text(outcome)), protocol=pickle.HIGHEST_PROTOCOL)
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
    caches = _Caches.for_rubric(options, rubric_sha256, rubric_shown)
    plan = BatchPlan([None] * len(files), {}, caches.outcomes, None, options)
    for index, path in enumerate(files):
        if caches.outcomes is not None:
            try:
                digest = _sha256(path)
            except OSError:
                digest = None  # the worker reports it, with its error code
            plan.digests[index] = digest
            key = caches.outcome_key(digest, path) if digest else ""
            if key and caches.outcomes.has(key):
                plan.cached[index] = key
                continue
        if plan.pool is None:
            plan.workers(len(files) - index)
    return plan


class Batch:
    """Every file's outcome, in the order given, and its JSON record (without rank).

    With `ScreenOptions.slim_outcomes`, `outcomes` hold only what the terminal and CSV
    reports need (see `_for_reports`). The records, with the full facts, wait in a
    temporary file so a batch of thousands does not hold them all in memory. Use as a
    context manager, or call `close`.
    """

    def __init__(self, size: int) -> None:
        self.outcomes: list[Outcome] = [None] * size  # type: ignore[list-item]
        self._spill = tempfile.TemporaryFile()
        self._where: list[tuple[int, int]] = [(0, 0)] * size

    def add(self, index: int, outcome: Outcome, record: str) -> None:
        data = record.encode("utf-8")
        self._where[index] = (self._spill.seek(0, 2), len(data))
        self._spill.write(data)
        self.outcomes[index] = outcome

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
    on_outcome: Callable[[Outcome], None] | None = None,
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
    on_outcome: Callable[[Outcome], None] | None = None,
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
            record = record_text(outcome)
        else:
            assert isinstance(result, bytes)
            outcome, record = pickle.loads(result)
        batch.add(index, outcome, record)
        if on_outcome is not None:
            on_outcome(outcome)

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
