"""Roles: dated positions with title, organisation, location, bullets, and whether they count.

Each date range standing at the start or end of a short line is one role. Its title and
employer come from the rest of that line and from the short, non-bullet lines next to it:
before it ("Org / Title  Mar 2019 – Present"), after it when nothing stands before (a
date-first or title-first layout), or, for a date line alone after the bullets (some
two-column templates), the nearest unclaimed header line above. Several dated titles on one
line ("Lead (2019 – now); Engineer (2015 – 2018)") each keep their own title; an employer
line whose tenure holds the roles right below it heads them; a degree entry among the jobs
is education. Internships, student jobs, volunteering, projects and activities are kept
but do not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.extract.datelines import dated_lines, employer_heads, own_remainders, remainder
from screener.extract.dates import DateSpan, month_count, ym_text
from screener.extract.degrees import is_degree_line, names_school
from screener.extract.education import Study
from screener.extract.fields import read_fields
from screener.extract.layout import (
    DURATION_RE,
    has_org_suffix,
    is_bullet,
    is_description,
    is_location,
    strip_bullet,
    without_furniture,
)
from screener.extract.sections import ROLE_KINDS, Layout
from screener.extract.exclusions import exclusion
from screener.extract.titles import is_senior, names_a_job, split_title_org
from screener.models import Line, Role

_NO_ROLE_KINDS = frozenset(
    "education coursework certifications awards publications references languages interests "
    "contact".split()
)
# "Overview: …", "Technologies: …": a labelled description line, never a title or employer.
_LABELLED_TEXT = re.compile(
    r"^(?!(?:role|(?:job\s+)?title|position|designation|client|company|employer|organi[sz]ation)\b)"
    r"[A-Z][\w &/-]{0,25}:\s",
    re.IGNORECASE,
)
_INCOMPLETE = re.compile(r"(?:[,&/]|\b(?:at|of|and|for|in))\s*$", re.IGNORECASE)


def _incomplete(text: str) -> bool:
    """A line left unfinished ("…, Acme &", "Engineer at"): only its end need be searched."""
    text = text.rstrip()
    return _INCOMPLETE.search(text, max(0, len(text) - 3)) is not None


def _header_like(text: str) -> bool:
    return bool(text) and not is_description(text) and not DURATION_RE.match(text)


def find_roles(
    lines: Sequence[Line], layout: Layout, studies: Sequence[Study], as_of_month: int
) -> tuple[Role, ...]:
    roles = _Scan(lines, layout, fallback=False).roles(studies, as_of_month)
    if not any(r.section in {"experience", "research"} for r in roles):
        # No dated role under an experience heading: take dated lines from anywhere else.
        roles = roles + _Scan(lines, layout, fallback=True).roles(studies, as_of_month)
    return roles


class _Scan:
    """One pass over the role-bearing lines: date lines first, then each one's header."""

    def __init__(self, lines: Sequence[Line], layout: Layout, *, fallback: bool) -> None:
        self.lines, self.layout, self.n = lines, layout, len(lines)
        self.kinds = layout.kinds
        texts = without_furniture(lines, layout.texts)  # neither a role nor a header
        fields = read_fields(texts)  # Europass "Dates" / "Occupation or position held" / …
        texts, self.entries = fields.texts, fields.entries
        self.bullet = [
            is_bullet(t) or "list" in line.hints or i in fields.described
            for i, (t, line) in enumerate(zip(texts, lines))
        ]
        self.texts = [strip_bullet(t) if b else t for t, b in zip(texts, self.bullet)]
        self.degree: dict[int, bool] = {}  # is_degree's answers, asked only near dated lines
        wanted = [
            i
            for i, kind in enumerate(self.kinds)
            if (
                (kind not in ROLE_KINDS and kind not in _NO_ROLE_KINDS)
                if fallback
                else kind in ROLE_KINDS
            )
            and i not in layout.headings
            and self.texts[i]
        ]
        found = dated_lines(self.texts, self.kinds, self.bullet, wanted, layout.mixed)
        self.dated, self.joined, self.tail = found.spans, found.joined, found.tail
        self.claimed: set[int] = set(self.dated) | set(self.tail.values())
        # For each line, where its run of lines ends: the next line of another section, or
        # a heading. A role's bullets stop there.
        self.run_end = [self.n] * self.n
        for k in range(self.n - 2, -1, -1):
            breaks = self.kinds[k + 1] != self.kinds[k] or k + 1 in layout.headings
            self.run_end[k] = k + 1 if breaks else self.run_end[k + 1]
        self.date_first: dict[int, bool] = {}

    def same_section(self, i: int, j: int) -> bool:
        return 0 <= j < self.n and self.kinds[j] == self.kinds[i] and j not in self.layout.headings

    def is_degree(self, i: int, j: int) -> bool:
        """Line j, in line i's section, is a degree entry standing among the jobs
        ("M.S. Physics, Hill University"), not a header of i's role."""
        if not self.same_section(i, j):
            return False
        if j not in self.degree:
            self.degree[j] = (
                j not in self.dated
                and not self.bullet[j]
                and bool(self.texts[j])
                and is_degree_line(self.texts[j], in_education=j in self.layout.mixed)
            )
        return self.degree[j]

    def is_wrapped_tail(self, j: int) -> bool:
        """Line j continues a bullet or sentence that the line before left unfinished."""
        prev = j - 1
        return (
            prev >= 0
            and (self.bullet[prev] or is_description(self.texts[prev]))
            and not self.texts[prev].endswith((".", ":", ";", "!", "?", ")"))
            # a bold line under a plain one starts something new: the next employer
            and not ("bold" in self.lines[j].hints and "bold" not in self.lines[prev].hints)
        )

    def section_is_date_first(self, i: int) -> bool:
        """Whether this section writes each entry's dates before its title (a date column)."""
        j = i
        while self.same_section(i, j - 1):
            j -= 1
        if j not in self.date_first:
            first = next((k for k in range(j, self.n) if k in self.dated), i)
            self.date_first[j] = not any(
                _header_like(self.texts[k])
                and (not self.bullet[k] or (k == first - 1 and len(self.texts[k].split()) <= 8))
                and not is_location(self.texts[k])
                for k in range(j, first)
            )
        return self.date_first[j]

    def header_before(self, i: int, same: str) -> list[int]:
        before: list[int] = []
        searching = not same  # a date line alone may stand after its entry's bullets
        j = i - 1
        while self.same_section(i, j) and i - j <= 20:
            t = self.texts[j]
            if j in self.claimed:
                break
            if DURATION_RE.match(t):
                if not before:
                    break
                j -= 1  # "Acme" / "3 years 2 months" / "Engineer" / dates: the employer is above
                continue
            if not t:
                j -= 1
                continue
            tail = self.is_wrapped_tail(j) and (
                len(t.split()) <= 2 and not has_org_suffix(t) or t[:1].islower()
            )
            # A short list-styled line right above a date line, or next to a list-styled date
            # line ("Role: …" / "Duration: …"), is the entry's header, not a bullet.
            listed = self.bullet[j] and not (
                (self.bullet[i] or (j == i - 1 and not same))
                and len(t.split()) <= 8
                and not is_description(t)
            )
            if listed or is_description(t) or tail:
                if searching and not before:
                    j -= 1
                    continue
                if _incomplete(t) and not before and not self.bullet[j]:
                    before.append(j)  # a header wrapped onto the date line
                break
            if searching and is_location(t) and not before:
                j -= 1
                continue
            if before and (self.is_wrapped_tail(j) or self.is_degree(i, j)):
                break  # the tail of a wrapped bullet or a degree above: not this header
            before.append(j)
            if len(before) == 2:
                break
            j -= 1
        return before

    def header_after(self, i: int) -> list[int]:
        after: list[int] = []
        k = self.tail.get(i, i) + 1
        while (
            self.same_section(i, k)
            and k not in self.claimed
            and not self.bullet[k]
            and _header_like(self.texts[k])
            and not _LABELLED_TEXT.match(self.texts[k])
            and k not in self.dated
            and not self.is_degree(i, k)
        ):
            after.append(k)
            if sum(not is_location(self.texts[m]) for m in after) == 2 or len(after) == 3:
                break
            k += 1
        return after

    def roles(self, studies: Sequence[Study], as_of_month: int) -> tuple[Role, ...]:
        entries: list[tuple[int, DateSpan, list[str], list[int]]] = []
        for i in sorted(self.dated):
            same = remainder(self.joined[i], self.dated[i])
            fields = [k for k in self.entries.get(i, ()) if self.same_section(i, k)]
            if fields:  # a labelled entry: its title and employer lines, in any order
                before, after = [], [k for k in fields if k not in self.claimed]
            else:
                before = (
                    []
                    if not same and self.section_is_date_first(i)
                    else self.header_before(i, same)
                )
                after = [] if before else self.header_after(i)
            self.claimed.update(before, after)
            below = self.tail.get(i, i) + 1
            degree_dates = not same and (
                any(self.is_degree(i, j) for j in before)
                or (not before and not after and self.is_degree(i, i - 1))
            )
            named = " ".join([same] + [self.texts[j] for j in before])
            school_dates = (
                not after
                and self.is_degree(i, below)
                and (not named.strip() or names_school(named))
                and not names_a_job(named)
            )
            if degree_dates or school_dates:
                continue  # the dates of a degree standing among the jobs, or of its school
            above = [self.texts[j] for j in reversed(before)]
            below_texts = [self.texts[k] for k in after]
            lines = sorted(before + after + [i] + ([self.tail[i]] if i in self.tail else []))
            # "Senior Engineer (2019 – now); Engineer (2015 – 2018)": each span its own title.
            shares = own_remainders(self.joined[i], self.dated[i]) or [same] * len(self.dated[i])
            for span, share in zip(self.dated[i], shares):
                entries.append((i, span, above + ([share] if share else []) + below_texts, lines))
        heads = employer_heads(entries, self.dated, self.texts, self.kinds)
        return self._build(entries, studies, as_of_month, heads)

    def _build(
        self,
        entries: list[tuple[int, DateSpan, list[str], list[int]]],
        studies: Sequence[Study],
        as_of_month: int,
        heads: set[int],
    ) -> tuple[Role, ...]:
        roles: list[Role] = []
        seen: set[tuple[str, int, int | None]] = set()
        firsts = [used[0] for _, _, _, used in entries]
        employer: tuple[str, str | None] | None = None  # (section, org) of the last role
        for e, (i, span, header, used) in enumerate(entries):
            title, org, location = split_title_org(header)
            if i in heads:
                employer = (self.kinds[i], title)  # the employer's name, its place peeled off
                continue
            if org is None and len(used) == 1 and employer and employer[0] == self.kinds[i]:
                org = employer[1]  # a second title under the same employer: "Engineer 2015 – 2018"
            employer = (self.kinds[i], org)
            key = (title.lower(), span.start, span.end)
            if key in seen or span.start > as_of_month:
                continue
            seen.add(key)
            stop = next((f for f in firsts[e + 1 :] if f > used[-1]), self.n)
            stop = min(stop, self.run_end[used[-1]])  # used[-1] is in i's section
            bullets = tuple(
                self.lines[k].evidence() for k in range(used[-1] + 1, stop) if self.texts[k]
            )
            end = span.end if span.end is None or span.end < as_of_month else None
            description = " ".join(self.texts[k] for k in range(used[-1] + 1, stop))
            why = exclusion(
                self.kinds[i],
                title,
                org,
                " ".join(header),
                span.start,
                studies,
                as_of_month,
                description,
            )
            roles.append(
                Role(
                    title=title,
                    organization=org,
                    location=location,
                    start=ym_text(span.start),
                    end=ym_text(end) if end is not None else None,
                    months=month_count(span.start, end if end is not None else as_of_month),
                    senior=is_senior(title),
                    counts=why is None,
                    excluded_because=why,
                    section=self.kinds[i],
                    evidence=self.lines[i].evidence(),
                    bullets=bullets,
                )
            )
        return tuple(roles)
