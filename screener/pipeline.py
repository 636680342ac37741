"""ONE FILE -> one Screening or Failure: read, understand, evaluate, through the caches.

`screen_file` is the whole journey of one file and never raises for a bad file; `Caches`
holds the three cache layers and the keys each is found by. batch.py runs this for many
files in isolated worker processes.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from screener.cache import DocumentCache, OutcomeCache, ReadEntry, source_fingerprint
from screener.errors import Crashed, ReadError, TooLarge
from screener.models import Document, Failure, Outcome, ResumeFacts, Rubric, Screening
from screener.readers import MAX_BYTES


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
    # A batch for the reports keeps only what they read (see for_reports); the full
    # facts still reach the JSON records.
    slim_outcomes: bool = False


def screen_file(path: Path, rubric: Rubric, options: ScreenOptions) -> Outcome:
    """Read, understand and check one file; a file that cannot be read becomes a Failure."""
    return outcome_of(path, rubric, options, Caches.open(options, rubric))


def outcome_of(
    path: Path, rubric: Rubric, options: ScreenOptions, caches: Caches, sha256: str | None = None
) -> Outcome:
    """`screen_file`'s work; `sha256` is the file's digest when the caller already has it."""
    name = str(path)
    try:
        sha256 = sha256 or file_sha256(path)
        document, known = caches.read(sha256, path)
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

        facts = known
        if facts is None:
            facts = extract_facts(document, options.as_of)
            caches.keep(document, facts)
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


def for_reports(outcome: Outcome, keep_evidence: bool) -> Outcome:
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


def light(outcome: Outcome) -> Outcome:
    """`outcome` with checks that keep status and points but no reason or evidence.

    What a batch holds for every candidate: enough to rank, summarise and write the CSV.
    The checklists shown for the best few are read back on demand (Batch.full).
    """
    if not isinstance(outcome, Screening):
        return outcome
    checks = tuple(replace(c, reason="", evidence=()) for c in outcome.checks)
    return replace(outcome, checks=checks)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a regular file's bytes; OSError for anything else, TooLarge past the cap.

    Opened without blocking and checked before reading: a named pipe given as a résumé
    would otherwise wait for a writer forever.
    """
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        if info.st_size > MAX_BYTES:
            raise TooLarge()  # refused unread, as the reader would refuse it
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Caches:
    """The two cache layers: read documents with their facts; outcomes for a rubric too."""

    documents: DocumentCache | None = None
    outcomes: OutcomeCache | None = None
    outcome_salt: str = ""  # what every outcome key shares: code, rubric, as-of, evidence kept
    facts_salt: str = ""  # what facts depend on besides the document: code and as-of

    @staticmethod
    def open(options: ScreenOptions, rubric: Rubric | None) -> Caches:
        if rubric is None or rubric.sha256 is None:
            return Caches.for_rubric(options, None, None)
        return Caches.for_rubric(options, rubric.sha256, rubric.path)

    @staticmethod
    def for_rubric(options: ScreenOptions, sha256: str | None, shown: str | None) -> Caches:
        """The caches for a rubric known by the digest of its bytes and the name it is shown by.

        The digest is enough to find outcomes, so cached ones are served before the rubric
        is parsed.
        """
        if options.cache_dir is None:
            return Caches()
        from screener.readers import READER_VERSION

        reader_key = f"{READER_VERSION}-{source_fingerprint('readers')}"
        documents = DocumentCache(options.cache_dir, reader_key)
        # Facts depend on the document, all of our code and data, and what "Present" means.
        facts_salt = _salt(source_fingerprint("."), options.as_of)
        if sha256 is None:
            return Caches(documents, None, "", facts_salt)
        # Outcomes also on the rubric and how much evidence is kept.
        outcome_salt = _salt(facts_salt, sha256, shown, options.evidence_limit,
                             options.slim_outcomes)
        return Caches(documents, OutcomeCache(options.cache_dir), outcome_salt, facts_salt)

    def outcome_key(self, digest: str, path: Path) -> str:
        """An outcome's key: its file's content and path (the record names its file)."""
        return hashlib.sha256(f"{digest}|{self.outcome_salt}|{path}".encode()).hexdigest()

    def read(self, sha256: str, path: Path) -> tuple[Document, ResumeFacts | None]:
        """The file's document, from the cache or read now, and its facts if still valid."""
        from screener.readers import read_document

        if self.documents is not None:
            entry = self.documents.load(sha256, str(path))
            if entry is not None:
                fresh = entry.facts_key == self.facts_salt
                return entry.document, entry.facts if fresh else None
        return read_document(path), None

    def keep(self, document: Document, facts: ResumeFacts) -> None:
        """Remember `document` and the facts read from it (one write per file, after both)."""
        if self.documents is not None:
            self.documents.store(ReadEntry(document, self.facts_salt, facts))


def _salt(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:24]


def parse_file(path: Path, as_of: date) -> tuple[Document, ResumeFacts] | Failure:
    """Read and understand one file, without a rubric: what `screener parse` shows."""
    try:
        document, _ = Caches().read(file_sha256(path), path)
    except ReadError as error:
        return Failure(str(path), None, error.code, error.message, error.detail)
    from screener.extract import extract_facts

    return document, extract_facts(document, as_of)
