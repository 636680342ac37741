"""Sections: split a résumé's lines into canonical sections under their headings.

A heading is a line headings.py recognises ("Work History", "KEY DATA ENGINEERING
PROJECTS"), or such a keyword written in capitals at the start of a line followed by
content ("EDUCATION University of …"). Lines before the first heading are the "header"
section. Where the reader marked columns, a column that resumes (on the next
page, or after the other column) continues its own last section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from screener.extract.headings import SPACED, heading_kind, names_education
from screener.extract.layout import clean
from screener.models import Line, Section

__all__ = ["ROLE_KINDS", "Layout", "heading_kind", "names_education", "split_sections"]

ROLE_KINDS = frozenset({"experience", "research", "volunteering", "projects", "activities"})
# "EDUCATION University of …": a heading keyword in capitals opening a line of content.
_INLINE = re.compile(r"^([A-Z][A-Z&/ ,]{2,40}?)(?:\s*[:|]\s*|\s+)(?=[A-Z][a-z]|[A-Z]\.)")


@dataclass(frozen=True, slots=True)
class Layout:
    """Sections plus each line's text with an inline heading taken off."""

    sections: tuple[Section, ...]
    texts: tuple[str, ...]  # cleaned: no icon glyphs, dot leaders or runs of spaces
    kinds: tuple[str, ...]  # the section kind of each line
    headings: frozenset[int]  # lines that are only a heading
    # Lines of a section whose heading names both kinds ("Experience & Education"): kind
    # "experience" for the roles, and read with an education section's eye for degrees.
    mixed: frozenset[int] = frozenset()
    cleaned: tuple[str, ...] = ()  # each line cleaned, inline headings kept


def split_sections(lines: Sequence[Line]) -> Layout:
    """Find the headings and return the sections with the cleaned text of every line."""
    cleaned = tuple(clean(line.text) for line in lines)
    texts = list(cleaned)
    starts: list[tuple[int, str, int]] = []  # (heading line index, kind, first content index)
    mixed_at: set[int] = set()  # headings naming both experience and education
    for i, line in enumerate(lines):
        text = texts[i]
        if not text:
            continue
        styled = "heading" in line.hints
        kind = heading_kind(text, styled=styled)
        if kind is None and SPACED.match(line.text.strip()):
            kind = heading_kind(line.text, styled=styled)  # cleaning merged its word gaps
        if kind is not None:
            starts.append((i, kind, i + 1))
            if kind == "experience" and names_education(text):
                mixed_at.add(i)
            continue
        m = _INLINE.match(text)
        if m:
            prefix = m.group(1).strip(" ,")
            kind = heading_kind(prefix)
            if kind is not None and len(prefix) >= 4:
                texts[i] = text[m.end() :].strip()
                starts.append((i, kind, i))
                if kind == "experience" and names_education(prefix):
                    mixed_at.add(i)
    continued = _resume_columns(lines, starts)
    starts = sorted({at: (at, kind, begin) for at, kind, begin in starts}.values())
    starts = sorted(
        [st for st in starts if st[0] not in continued or st[2] > st[0]]
        + [(f, kind, f) for f, kind in continued.items() if f not in {st[0] for st in starts}]
    )
    sections: list[Section] = []
    kinds = ["header"] * len(lines)
    mixed: set[int] = set()
    first = starts[0][0] if starts else len(lines)
    if first > 0:
        sections.append(Section("header", None, 0, first))
    for n, (at, kind, begin) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        heading = lines[at].evidence() if at not in continued else None
        if heading is None and sections and sections[-1].kind == kind:
            sections[-1] = Section(kind, sections[-1].heading, sections[-1].start, end)
        else:
            sections.append(Section(kind, heading, begin, end))
        for i in range(at, end):
            kinds[i] = kind
        if at in mixed_at:
            mixed.update(range(begin, end))
    headings = frozenset(at for at, _, begin in starts if begin > at)
    return Layout(
        tuple(sections), tuple(texts), tuple(kinds), headings, frozenset(mixed), cleaned
    )


def _resume_columns(lines: Sequence[Line], starts: list[tuple[int, str, int]]) -> dict[int, str]:
    """Where a column the reader marked resumes without a heading, its own section goes on.

    Reading a two-column page column by column, the main column's text on the next page
    continues the main column's section, not the sidebar section read just before it.
    """
    heading_at = {at: kind for at, kind, _ in starts}
    by_column: dict[int, str] = {}
    resumed: dict[int, str] = {}
    current = "header"
    previous: tuple[int, int] | None = None  # (page, column) of the line before
    for i, line in enumerate(lines):
        column = line.column
        if i in heading_at:
            current = heading_at[i]
        elif (
            column >= 1
            and previous != (line.page, column)
            and by_column.get(column, current) != current
        ):
            current = by_column[column]
            resumed[i] = current
        if column >= 1:
            by_column[column] = current
        previous = (line.page, column)
    return resumed
