"""Date lines: which dates in a line stand where a role's dates stand, and what else it says.

A range at the start or end of a short line ("Engineer, Acme — Mar 2019 – Present",
"2016 – 2018   Engineer") is a role's; a year inside a sentence ("spoke at Summit 2019")
is not. What is left once the dates, durations ("(6+ Years)") and labels ("Duration:")
are cut out is the line's share of the role's title and employer (each span its own share
where one line holds several dated titles). A dated line naming no job whose range holds the
dated line right below it is that employer's head, not a role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set as AbstractSet
from dataclasses import dataclass, replace

from screener.extract.date_words import MONTH_PATTERN
from screener.extract.dates import DateSpan, find_dates
from screener.extract.degrees import is_degree_line
from screener.extract.layout import is_location, opens_with_past_verb
from screener.extract.titles import names_a_job

_DIGIT = re.compile(r"\d")
_LABEL = re.compile(r"^\s*(?:duration|dates?|period|tenure|time|from)\s*:\s*", re.IGNORECASE)
_DURATION_ANY = re.compile(
    r"\(?\b\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?)\b(?:\s*,?\s*\d+\s*(?:months?|mos?))?\)?",
    re.IGNORECASE,
)
_EDGE = " \t|•·,;:[]–—-"
# A range broken after its first end: "June 2019 – July" / "2020", "2019 –" / "Present".
DANGLING = re.compile(
    # "(?:19|20)\d\d|[’'‘]\d\d", opening with a character class the engine can skip ahead to
    r"[12’'‘](?:(?<=1)9\d\d|(?<=2)0\d\d|(?<=[’'‘])\d\d)\s*(?:[-–—‐‑−~\u00ad]|\bto\b|\buntil\b)\s*(?:"
    + MONTH_PATTERN
    + r"\.?)?\s*$",
    re.IGNORECASE,
)
# The rest of such a range on the next line: "2020", "Present", "Feb. 2021", "02/2021".
_YEAR_OR_SHORT = r"(?:(?:19|20)\d\d|[’'‘]\d\d)\b"
STARTS_DATE = re.compile(
    rf"^\s*(?:{_YEAR_OR_SHORT}|present\b|current\b|now\b|to\s+date\b|till\s+(?:date|now)\b"
    rf"|{MONTH_PATTERN}\.?,?\s*{_YEAR_OR_SHORT}|(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# A full stop ends a sentence, except after "Inc." and its kind.
_ABBREV_END = re.compile(
    r"(?<=\w)(?<!\bInc)(?<!\bCo)(?<!\bLtd)(?<!\bCorp)(?<!\bJr)(?<!\bSr)(?<!\bS\.A)\.$"
)
_DAYED = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?\s+(?:19|20)\d\d"
)
_PREPOSITION = re.compile(
    r"\b(?:in|on|at|of|by|from|during|for|and|since|until|before|after)\s*$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class DatedLines:
    """The lines that hold a role's dates."""

    spans: dict[int, list[DateSpan]]  # a line -> the role dates it holds
    joined: dict[int, str]  # its text, with the next line's where a range broke over two
    tail: dict[int, int]  # a date line -> the line that ends its broken range


def dated_lines(
    texts: Sequence[str],
    kinds: Sequence[str],
    bullet: Sequence[bool],
    wanted: Sequence[int],
    mixed: AbstractSet[int],
) -> DatedLines:
    """Which of the `wanted` lines (in order) hold a role's dates; "B.A. Economics, Hill
    College, 2013" is a degree, not a role (in `mixed` sections read as education)."""
    found = DatedLines({}, {}, {})
    tails: set[int] = set()
    for i in wanted:
        if i in tails:
            continue
        text = texts[i]
        if (
            i + 1 < len(texts)
            and _DIGIT.search(text)  # a quick test before the pattern
            and DANGLING.search(text)
            and STARTS_DATE.match(texts[i + 1])
            and kinds[i + 1] == kinds[i]
        ):
            text = f"{text} {texts[i + 1]}"  # a range split over two lines
            tails.add(i + 1)
            found.tail[i] = i + 1
        spans = role_dates(text, bullet[i])
        if spans and not is_degree_line(text, in_education=i in mixed):
            found.spans[i] = spans
            found.joined[i] = text
    return found


def role_dates(text: str, bullet: bool) -> list[DateSpan]:
    """The date spans of a line that stand where a role's dates stand."""
    spans = find_dates(text)
    if not spans:
        return []
    rest = text
    for span in reversed(spans):
        rest = rest[: span.span[0]] + " " + rest[span.span[1] :]
    rest = _cut_durations(_LABEL.sub("", rest), " ")
    words = len(rest.split())
    tail = text[spans[-1].span[1] :].strip(_EDGE)
    tail = _cut_durations(tail, "").strip(_EDGE)
    at_edge = spans[0].span[0] <= 2 or not tail or is_location(tail) or len(tail.split()) <= 3
    if bullet and words > 8:
        return []
    if bullet:
        spans = [s for s in spans if s.is_range]
    # "Led the 2021–2022 migration of…": a range inside a sentence about the work.
    sentence = opens_with_past_verb(text)
    keep = []
    for span in spans:
        if sentence and span.span[0] > 0:
            after = _cut_durations(text[span.span[1] :], "").strip(_EDGE + ".…")
            if any(w[:1].islower() for w in after.split()) and not is_location(after):
                continue
        if (
            span.is_range
            and (words <= 14 or at_edge)
            or not span.is_range
            and words <= 10
            and at_edge
            and not text[:1].islower()
            and not _DAYED.search(text[span.span[0] : span.span[1]])
            and not _PREPOSITION.search(text[: span.span[0]])
        ):
            keep.append(span)
    return keep


def remainder(text: str, spans: Sequence[DateSpan]) -> str:
    for span in sorted(spans, key=lambda s: s.span[0], reverse=True):
        text = text[: span.span[0]] + " | " + text[span.span[1] :]
    text = _cut_durations(_LABEL.sub("", text), " ")
    text = _FROM_BEFORE_CUT.sub("", text)
    parts = [_balance(_cut_full_stop(p.strip(_EDGE)).strip(_EDGE)) for p in text.split(" | ")]
    return " | ".join(p for p in parts if p)


_FROM_BEFORE_CUT = re.compile(r"\b(?:from|since)\s*(?=\|)", re.IGNORECASE)


def _cut_durations(text: str, by: str) -> str:
    """`text` with "(6+ Years)", "3 yrs 2 mos" replaced by `by` (each has a digit)."""
    return _DURATION_ANY.sub(by, text) if _DIGIT.search(text) else text


def _cut_full_stop(text: str) -> str:
    """A sentence's closing full stop cut, not that of "Inc." and its kind."""
    return _ABBREV_END.sub("", text) if text.endswith((".", ".\n")) else text


# Where one line holds several dated titles: "Senior Engineer (2019 – now); Engineer (2015 – 2018)".
# A semicolon parts them where there is one ("Engineer | Acme | 2015 – 2017; …"), else a pipe.
_SEMICOLON = re.compile(r"\s*;\s*")
_PIPE = re.compile(r"\s+\|\s+")


def own_remainders(text: str, spans: Sequence[DateSpan]) -> list[str] | None:
    """Each span's own share of a line that holds several dated titles, or None when the
    line does not split that way (one title with two ranges: "2012 – 2015, 2018 – 2020")."""
    if len(spans) < 2:
        return None
    cuts = list((_SEMICOLON if ";" in text else _PIPE).finditer(text))
    bounds = [0] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [len(text)]
    if len(bounds) < 2:
        return None
    owners: list[int] = []
    for span in spans:
        k = next((n for n, (a, b) in enumerate(zip(bounds, ends)) if a <= span.span[0] < b), -1)
        if k < 0 or span.span[1] > ends[k] or k in owners:
            return None
        owners.append(k)
    shares = []
    for span, k in zip(spans, owners):
        a = bounds[k]
        local = replace(span, span=(span.span[0] - a, span.span[1] - a))
        share = remainder(text[a : ends[k]], [local])
        if not share:
            return None
        shares.append(share)
    return shares


def employer_heads(
    entries: Sequence[tuple[int, DateSpan, list[str], list[int]]],
    dated: dict[int, list[DateSpan]],
    texts: Sequence[str],
    kinds: Sequence[str],
) -> set[int]:
    """Dated lines that head their employer's roles rather than being one: "Acme – Lima
    2015 – now" right above "Lead (2019 – now); Engineer (2015 – 2018)". The line names no
    job, and the dated line right below it falls inside its range. `entries` are the roles
    in order: (line, span, header texts, lines used)."""
    heads: set[int] = set()
    for (i, span, header, used), (j, _, _, sub_used) in zip(entries, entries[1:]):
        if (
            j != i
            and span.is_range
            and len(dated[i]) == 1
            and all(not texts[k] for k in range(used[-1] + 1, sub_used[0]))
            and kinds[j] == kinds[i]
            and all(inside(s, span) for s in dated[j])
            and header
            and not names_a_job(" ".join(header))
        ):
            heads.add(i)
    return heads


def inside(inner: DateSpan, outer: DateSpan) -> bool:
    """Whether one span lies within another (an open end runs on)."""
    return inner.start >= outer.start and (
        outer.end is None or (inner.end is not None and inner.end <= outer.end)
    )


def _balance(text: str) -> str:
    """Drop a parenthesis left alone when the dates next to it were cut out."""
    if text.endswith("(") or text.count("(") < text.count(")") and text.startswith(")"):
        text = text.strip("()").strip(_EDGE)
    if text.count("(") > text.count(")"):
        text = text + ")" if "(" in text[-40:] else text.replace("(", "", 1)
    elif text.count(")") > text.count("("):
        text = text.replace(")", "", 1)
    return text.strip()
