"""The types every stage shares: documents, résumé facts, rubric checks and results.

Data flows one way: a file becomes a `Document` (lines with page and line numbers), a
document becomes `ResumeFacts` (each fact with its `Evidence`), facts and a rubric become
`CheckResult`s, and each input file ends as exactly one `Screening` or `Failure`.
All are frozen: a stage builds new values, it never edits an earlier stage's.
"""

from __future__ import annotations

import sys

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Literal, TypeVar

_T = TypeVar("_T")


def _model(cls: type[_T]) -> type[_T]:
    """A frozen, slotted dataclass that pickles as a call of its constructor.

    The pickling dataclasses give slotted classes looks every field up again for each
    object; a batch sends tens of thousands of them from its workers.
    """
    made = dataclass(frozen=True, slots=True)(cls)
    values = attrgetter(*(f.name for f in fields(made)))
    if len(fields(made)) == 1:
        made.__reduce__ = lambda self: (made, (values(self),))  # type: ignore[method-assign]
    else:
        made.__reduce__ = lambda self: (made, values(self))  # type: ignore[method-assign]
    return made

DEGREE_LEVELS: tuple[str, ...] = ("none", "associate", "bachelor", "master", "doctorate")
DegreeLevel = Literal["none", "associate", "bachelor", "master", "doctorate"]
CheckStatus = Literal["met", "partial", "unmet", "unknown"]


def degree_rank(level: str) -> int:
    """Position of a degree level on the ladder none < associate < … < doctorate."""
    return DEGREE_LEVELS.index(level)


# --------------------------------------------------------------------------- documents


@_model
class Evidence:
    """A piece of the document that proves a fact: its text and where it stands."""

    text: str
    page: int
    line: int

    def where(self) -> str:
        return f"{self.page}:{self.line}"


@_model
class Line:
    """One line of text as read, in reading order.

    `number` counts lines within the page from 1. `hints` carries layout cues the reader
    saw, for the understanding stage: "heading" (a heading style or larger type), "bold",
    "list" (a bullet or list paragraph), "table" (a table cell), "header"/"footer" (page
    furniture), "textbox". `column` is 0 for full-width text, else 1, 2… left to right.
    """

    text: str
    page: int
    number: int
    hints: frozenset[str] = frozenset()
    column: int = 0

    def evidence(self) -> Evidence:
        return Evidence(self.text, self.page, self.number)


@_model
class Document:
    """The text of one résumé file, format-independent."""

    path: str
    sha256: str
    format: str  # "pdf" or "docx"
    pages: int
    lines: tuple[Line, ...]
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- résumé facts


@_model
class Section:
    """A run of lines under one heading; `kind` is the canonical section name."""

    kind: str  # experience, education, skills, summary, projects, publications, ... or "header"
    heading: Evidence | None
    start: int  # index of the first line in Document.lines (after the heading)
    end: int  # index one past the last line


@_model
class Contact:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@_model
class Role:
    """A dated position. `end` None means it runs to the as-of date ("Present")."""

    title: str
    organization: str | None
    location: str | None
    start: str  # YYYY-MM
    end: str | None  # YYYY-MM, None for Present
    months: int  # inclusive month count
    senior: bool
    counts: bool  # counts toward professional experience
    excluded_because: str | None  # internship, student, volunteer, education, project...
    section: str
    evidence: Evidence
    bullets: tuple[Evidence, ...] = ()


@_model
class Degree:
    level: str  # one of DEGREE_LEVELS except "none"
    degree: str  # as written: "M.S.", "Bachelor of Engineering"
    field: str | None
    institution: str | None
    year: int | None
    completed: bool
    evidence: Evidence


@_model
class SkillFact:
    """One taxonomy skill found in the résumé, with every mention that shows it."""

    name: str  # canonical taxonomy name
    category: str
    mentions: int
    sections: tuple[str, ...]
    months: int  # months of use, from the dated roles whose lines mention it
    last_used: str | None  # YYYY-MM of the latest role naming it; None if no dated role
    evidence: tuple[Evidence, ...]
    implied_by: str | None = None  # set when only a child skill named it (EKS ⇒ AWS)
    in_roles: int = 0  # how many dated, counted roles mention it

    @property
    def years(self) -> float:
        return round(self.months / 12, 1)


@_model
class ResumeFacts:
    contact: Contact
    sections: tuple[Section, ...]
    roles: tuple[Role, ...]
    education: tuple[Degree, ...]
    skills: tuple[SkillFact, ...]
    highest_degree: str
    experience_years: float
    senior_years: float
    senior_titles: tuple[str, ...] = ()
    stated_years: float | None = None
    stated_evidence: Evidence | None = None
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- rubric


@_model
class Criterion:
    """One check of a rubric. `spec` holds the kind's own validated settings."""

    id: str
    label: str
    kind: str
    weight: float
    required: bool
    spec: dict = field(default_factory=dict, hash=False, compare=False)
    source: str | None = None  # the posting line it comes from
    line: int | None = None  # where it stands in the rubric file


@_model
class Verdicts:
    """Score thresholds for the recommendation words; a person decides."""

    shortlist: float = 75.0
    review: float = 50.0


@_model
class Rubric:
    title: str
    criteria: tuple[Criterion, ...]
    verdicts: Verdicts = Verdicts()
    source: str | None = None
    path: str | None = None
    sha256: str | None = None


# --------------------------------------------------------------------------- results


@_model
class CheckResult:
    id: str
    label: str
    kind: str
    required: bool
    weight: float
    status: CheckStatus
    points: float
    reason: str
    evidence: tuple[Evidence, ...] = ()


def _shared_check(id: str, label: str, kind: str, *rest: object) -> CheckResult:
    # The criterion's strings are the same in every candidate's checks: one copy of each
    # for a whole batch, where unpickling made one per candidate (a third of its memory).
    return CheckResult(sys.intern(id), sys.intern(label), sys.intern(kind), *rest)  # type: ignore[arg-type]


_check_values = attrgetter(*(f.name for f in fields(CheckResult)))
CheckResult.__reduce__ = lambda self: (_shared_check, _check_values(self))  # type: ignore[method-assign]


@_model
class Evaluation:
    """What the rubric says about one résumé: the checks, the 0-100 score and the recommendation."""

    checks: tuple[CheckResult, ...]
    score: float
    verdict: str
    failed_knockouts: tuple[str, ...] = ()


@_model
class Screening:
    """A file that was read and checked."""

    file: str
    sha256: str
    format: str
    pages: int
    facts: ResumeFacts
    checks: tuple[CheckResult, ...]
    score: float
    verdict: str
    failed_knockouts: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    status: Literal["screened"] = "screened"


@_model
class Failure:
    """A file that could not be read: a value in the results, never a lost entry."""

    file: str
    sha256: str | None
    code: str
    message: str
    detail: str | None = None  # exception class name, never its message (may quote content)
    warnings: tuple[str, ...] = ()
    status: Literal["failed"] = "failed"


Outcome = Screening | Failure
