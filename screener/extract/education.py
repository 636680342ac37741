"""Education: the degrees of a résumé, with their dates and whether each was completed.

Degrees come from education sections (and sections headed for both, "Experience &
Education"); elsewhere only unmistakable wording counts (see degrees.py for what names a
degree), and a degree entry standing among the jobs is a degree too. Each degree's dates are on its line, the next line,
the line above ("Institution   Date") or further in its entry. "Expected", "in progress",
"pursuing", "candidate", an open or future end date, "ABD" or "no degree" mean not completed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set as AbstractSet
from dataclasses import dataclass

from screener.extract.alternation import by_initial
from screener.extract.dates import find_dates
from screener.extract.degrees import (
    degree_field,
    degree_matches,
    degree_name,
    institution_of,
    is_degree_line,
    names_school,
)
from screener.models import Degree, Line

_I = re.IGNORECASE

_IN_PROGRESS = re.compile(
    r"\b"
    + by_initial(
        r"expected|expecting|exp\.|anticipated|in[- ]progress|pursuing|candidate|ongoing|"
        r"on-going|incomplete|currently|to be completed|will graduate|graduating|current student|"
        r"enrolled",
        ignore_case=True,
    )
    + r"\b",
    _I,
)
_COMPLETED = re.compile(r"\b(?:graduated|completed|conferred|awarded)\b", _I)
# Studied but not earned, whatever the dates say: "Ph.D. (ABD)", "coursework completed, no
# degree", "did not graduate".
_NOT_EARNED = re.compile(
    r"\bABD\b|\b(?i:all[- ]but[- ]dissertation|no degree|non[- ]degree|not completed|"
    r"did not (?:complete|graduate|finish)|withdr[ea]w\w*|discontinued|left (?:the )?program\w*)\b"
)
_YEARS = {"associate": 2, "bachelor": 4, "master": 2, "doctorate": 5}


@dataclass(frozen=True, slots=True)
class Study:
    """A degree plus its study period in month numbers, for telling student jobs apart."""

    degree: Degree
    start: int | None
    end: int | None  # None: still running
    end_year_only: bool = False  # "2015 – 2020": the month it ended is unknown


# Sections whose degree words are about other things: "PhD Student" in a summary, a
# "Research Assistant" role, "MS Azure" in a skills list.
_NOT_EDUCATION = frozenset(
    [
        "experience",
        "research",
        "projects",
        "volunteering",
        "activities",
        "summary",
        "skills",
        "publications",
        "awards",
        "references",
    ]
)


def find_degrees(
    lines: Sequence[Line],
    texts: Sequence[str],
    kinds: Sequence[str],
    as_of_month: int,
    mixed: AbstractSet[int] = frozenset(),
) -> tuple[Study, ...]:
    """Degrees in education sections (and "Experience & Education" ones, `mixed`); anywhere
    else only with unmistakable wording."""
    scope = [i for i, kind in enumerate(kinds) if kind == "education" or i in mixed]
    studies = _scan(lines, texts, kinds, scope, as_of_month, in_education=True)
    if not studies:
        others = [i for i, kind in enumerate(kinds) if kind not in _NOT_EDUCATION]
        studies = _scan(lines, texts, kinds, others, as_of_month, in_education=False)
    # A degree entry standing among the jobs ("M.S. Physics, Hill University" / "2013 – 2015")
    # is a degree, not a role (roles.py skips it the same way).
    stray = [
        i
        for i, kind in enumerate(kinds)
        if kind == "experience" and i not in mixed and is_degree_line(texts[i], in_education=False)
    ]
    if stray:
        # Its dates: on the lines below, or above on a line of dates alone (a date column) or
        # on its school's line ("Hill University   2008 – 2012").
        near = {j for i in stray for j in range(i, min(i + 4, len(kinds))) if kinds[j] == kinds[i]}
        near |= {
            i - 1
            for i in stray
            if i > 0
            and kinds[i - 1] == kinds[i]
            and (_dates_only(texts[i - 1]) or names_school(texts[i - 1]))
        }
        studies += _scan(
            lines, texts, kinds, sorted(near), as_of_month, in_education=False, only=stray
        )
    unique: dict[tuple, Study] = {}
    for study in studies:  # the same degree written twice (a CV and its summary page)
        d = study.degree
        unique.setdefault((d.level, d.degree, d.field, d.institution, d.year, d.completed), study)
    return tuple(unique.values())


def _dates_only(text: str) -> bool:
    spans = find_dates(text)
    rest = text[: spans[0].span[0]] + text[spans[-1].span[1] :] if spans else ""
    return bool(spans) and not any(c.isalpha() for c in rest)


def _scan(
    lines: Sequence[Line],
    texts: Sequence[str],
    kinds: Sequence[str],
    scope: list[int],
    as_of_month: int,
    *,
    in_education: bool,
    only: Sequence[int] | None = None,  # the lines that may name a degree; else all of scope
) -> list[Study]:
    cleaned = {i: texts[i] for i in scope}
    hits = {i: degree_matches(cleaned[i], in_education=in_education) for i in only or scope}
    hits = {i: h for i, h in hits.items() if h}
    studies: list[Study] = []
    seen: set[tuple[str, int]] = set()
    degree_lines = sorted(hits)
    dated_from: set[int] = set()  # lines a degree took its dates from
    in_scope = set(scope)
    for n, i in enumerate(degree_lines):
        nxt = degree_lines[n + 1] if n + 1 < len(degree_lines) else len(texts)
        block_after = [
            j for j in range(i + 1, min(nxt, i + 6)) if j in in_scope and kinds[j] == kinds[i]
        ]
        prev = (
            i - 1 if i - 1 in in_scope and i - 1 not in hits and kinds[i - 1] == kinds[i] else None
        )
        text = cleaned[i]
        spans = find_dates(text)
        date_line = text
        if not spans:
            # The next line, then the line before (an "Institution  Date" line above the
            # degree, unless the degree before took its date from it), then the rest.
            above = [prev] if prev is not None and prev not in dated_from else []
            for j in block_after[:1] + above + block_after[1:]:
                spans = find_dates(cleaned[j])
                if spans:
                    date_line = cleaned[j]
                    dated_from.add(j)
                    break
        near = [text] + [cleaned[j] for j in block_after[:2]]
        for level, m in hits[i]:
            if (level, i) in seen:
                continue
            seen.add((level, i))
            span = spans[-1] if spans else None
            start = span.start if span and span.is_range else None
            end = span.end if span else None
            progress = bool(_IN_PROGRESS.search(" ".join(near)) or _IN_PROGRESS.search(date_line))
            completed = not progress
            if span is not None and (span.end is None or span.expected or span.end > as_of_month):
                completed = False
            if (
                not completed
                and _COMPLETED.search(text)
                and span
                and span.end is not None
                and span.end <= as_of_month
            ):
                completed = True
            if _NOT_EARNED.search(" ".join(near)):
                completed = False
            if start is None and end is not None:
                start = end - 12 * _YEARS[level]
            institution = institution_of(
                [text]
                + [cleaned[j] for j in block_after[:1]]
                + ([cleaned[prev]] if prev is not None else [])
                + [cleaned[j] for j in block_after[1:3]],
                m.group(0),
            )
            degree = Degree(
                level=level,
                degree=degree_name(text, m),
                field=degree_field(text, m),
                institution=institution,
                year=(end // 12) if end is not None else None,
                completed=completed,
                evidence=lines[i].evidence(),
            )
            studies.append(Study(degree, start, end, bool(span and span.year_only)))
    return studies
