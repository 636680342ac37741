"""Dates: find the date ranges and single dates written in one line of a résumé.

A month is an int `year * 12 + (month - 1)` so that ranges union and count cheaply.
Month names match only as whole words ("Mar" never in "Marketing", "May" never in
"Mayor"); a year alone starts in January and ends in December; "Present", "Current",
"Now", "to date"… leave the end open (None); placeholders such as "20XX" are not dates.
A two-digit end after a four-digit start takes its century ("2014–16"); month names with
two-digit years ("Jan 18 – Jun 20") count only when both ends are written that way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from screener.extract.alternation import lowers_exactly, matched_key
from screener.extract.date_words import DASHES, MONTH_PATTERN, MONTHS, SEASONS

_YEAR = r"(?:19[5-9]\d|20\d\d)"
_SHORT_YEAR = r"[’'‘]\d\d"
_YEAR_ANY = rf"(?:{_YEAR}|{_SHORT_YEAR})"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)"


def _point(after_dash: bool) -> str:
    """A point in time. Order matters: the most specific forms first. A year standing after
    a hyphen is a date only as a range's second end (a phone's "555-2084" is not)."""
    guard = r"(?<![\d,.$£€/])" if after_dash else r"(?<![\d,.$£€/\-])"
    return (
        # Mar 2019, Sept. 2019, Jan 5, 2020, Jan-2019, Jan'19
        rf"(?:(?<![a-z]){MONTH_PATTERN}\.?(?![a-z])(?:\s+(?:de|of|del)\s+|\s*[,/-]?\s*|\s*(?=[’'‘])){_DAY}?{_YEAR_ANY}"
        rf"|(?<![a-z])(?:spring|summer|fall|autumn|winter|q[1-4])\s+{_YEAR_ANY}"  # Summer 2019
        rf"|(?<![\d/.])\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}(?![\d])"  # 01/03/2015 (day and month)
        rf"|(?<![\d/.]){_YEAR}-(?:0[1-9]|1[0-2])-\d\d(?![\d])"  # 2015-03-01
        rf"|(?<![\d/.])(?:0?[1-9]|1[0-2])[/.\-]{_YEAR}(?![\d])"  # 09/2019, 9-2019
        rf"|(?<![\d/.]){_YEAR}[/.\-](?:0[1-9]|1[0-2]|[1-9])(?![\d])"  # 2019-09, 2019/10
        rf"|{guard}{_YEAR}(?![\d%+]|,\d|\.\d|-\d{{3}}(?!\d))"  # 2019
        rf"|(?<![\w]){_SHORT_YEAR}(?![\d])"  # '19
        r")"
    )


_POINT = _point(False)
_POINT_B = _point(True)
_BARE_MONTH = rf"(?:(?<![a-z]){MONTH_PATTERN}\.?(?![a-z]))"
_PRESENT = (
    r"(?:present|pres\.|pres\b|current(?:ly)?|now|today|ongoing|on-going|"
    r"(?:(?:up\s+)?(?:to|till|until)\s+)?(?:date|now|present)|heute|"
    r"aktuell|actual|actualidad|presente|présent|aujourd['’]hui|atual|actuel(?:lement)?|oggi)"
)
_SEP = rf"\s*(?:[{DASHES}]+|(?:to|until|till|through|thru):?)\s*"
_EXPECTED = r"(?:(?:exp\.?|expected|anticipated)\s*:?\s*)?"

# The first letter of every form a match can open with: a month, a season or quarter
# ("spring", "q3"), "since" and its translations, "exp."/"expected"/"anticipated".
_INITIALS = "".join(sorted({name[0] for name in MONTHS} | set("sfawq" "sd" "ea")))
# Written in lower case and run case-bound on the lower-cased line (see _dates_in).
_RANGE_PATTERN = (
    # A match opens with a digit, a quote, one of those letters where a word begins, or "exp"
    # or "anticipated" anywhere: testing that first spares the engine trying every
    # alternative below at every other position of the line.
    rf"(?:(?=[\d’'‘])|(?<![a-z])(?=[{_INITIALS}])|(?=exp|anticipated))"
    rf"(?:(?P<a>{_POINT}|{_BARE_MONTH})(?P<sep>{_SEP})(?P<exp>{_EXPECTED})(?P<b>{_POINT_B}|{_PRESENT}(?![a-z]))"
    rf"|(?<![a-z])(?:since|seit|depuis|desde)\s+(?P<since>{_POINT})"
    rf"|(?P<exp1>{_EXPECTED})(?P<single>{_POINT}))"
)
assert _RANGE_PATTERN.replace("(?P<", "") == _RANGE_PATTERN.replace("(?P<", "").lower()
RANGE_RE = re.compile(_RANGE_PATTERN)
assert tuple(RANGE_RE.groupindex) == ("a", "sep", "exp", "b", "since", "exp1", "single")
assert RANGE_RE.groups == 7  # _find_dates unpacks the groups in this order


@lru_cache(maxsize=1)
def _range_blind() -> re.Pattern[str]:
    """The case-blind pattern, for the rare line a lower-casing would not keep (an "İ")."""
    return re.compile(_RANGE_PATTERN, re.IGNORECASE)

# "2014–16", "2016-19": a four-digit start year and a two-digit end in its century. After a
# plain hyphen, "2018-11" stays November 2018; only a number above 12 is a year there.
_SHORT_END = re.compile(rf"(\s*)([{DASHES}]+)(\s*)(\d\d)(?![\w%+]|[{DASHES}.,/]\d)")
# "Jan 18 – Jun 20": month names with two-digit years and no apostrophe, accepted only when
# both ends have that form (a lone "Jun 20" is as likely the 20th of June) and the line
# names no four-digit year ("Jun 20 – Jul 15, 2019" is days).
_SHORT_MONTHS = re.compile(
    rf"(?<![\w.]){MONTH_PATTERN}\.?\s*(\d\d)(?![\w:.'’]|,?\s*\d)"
    rf"{_SEP}(?<![\w]){MONTH_PATTERN}\.?\s*(\d\d)(?![\w:.'’/]|,?\s*\d)",
    re.IGNORECASE,
)
_MONTH_RE = re.compile(MONTH_PATTERN, re.IGNORECASE)
_YEAR_RE = re.compile(rf"({_YEAR})|[’'‘](\d\d)")
_NUM_MY = re.compile(rf"^(\d{{1,2}})[/.\-]({_YEAR})$")
_NUM_YM = re.compile(rf"^({_YEAR})[/.\-](\d{{1,2}})(?:-\d\d)?$")
_NUM_DMY = re.compile(rf"^(\d{{1,2}})[/.](\d{{1,2}})[/.]({_YEAR})$")
_SEASON_RE = re.compile(r"spring|summer|fall|autumn|winter|q[1-4]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A range (or a single date) found in a text, with where it stands in that text.

    `start`/`end` are month numbers (year*12 + month-1); `end` None means "Present".
    `year_only` is True when neither side named a month.
    """

    start: int
    end: int | None
    span: tuple[int, int]
    is_range: bool
    year_only: bool
    expected: bool = False


def ym(year: int, month: int) -> int:
    return year * 12 + month - 1


def ym_text(value: int) -> str:
    """A month number as YYYY-MM."""
    return f"{value // 12:04d}-{value % 12 + 1:02d}"


def month_count(start: int, end: int) -> int:
    """Months from start to end, both included."""
    return end - start + 1


def _year(text: str) -> int | None:
    m = _YEAR_RE.search(text)
    if not m:
        return None
    if m.group(1):
        return int(m.group(1))
    return _century(int(m.group(2)))


def _parse_point(text: str) -> tuple[int | None, int | None]:
    """(year, month) of one matched point; month None for a year alone."""
    text = text.strip()
    month = None
    if text[:1].isdecimal():  # numbers: "31/12/2018", "09/2019", "2019-09", "2019"
        m = _NUM_DMY.match(text)
        if m:
            # 31/12/2018 or 12/31/2018; when both could be the month, day first (Europass).
            first, second = int(m.group(1)), int(m.group(2))
            month = second if first > 12 or second <= 12 else first
            return int(m.group(3)), month if 1 <= month <= 12 else None
        m = _NUM_MY.match(text)
        if m:
            return int(m.group(2)), int(m.group(1))
        m = _NUM_YM.match(text)
        if m:
            return int(m.group(1)), int(m.group(2))
    else:  # words: "Mar 2019", "Summer 2019", "'19"
        mm = _MONTH_RE.match(text)
        if mm:
            month = MONTHS.get(matched_key(mm.group(0)))
        else:
            sm = _SEASON_RE.match(text)
            if sm:
                month = SEASONS.get(matched_key(sm.group(0)))
    return _year(text), month


# Every date names a year; lines without one (most of a résumé) skip the full pattern.
# Written "(?:19|20)\d\d|[’'‘]\d\d" but opening with a character class, which lets the
# engine skip ahead to the candidates instead of trying both branches at every position.
_ANY_YEAR = re.compile(r"[12’'‘](?:(?<=1)9\d\d|(?<=2)0\d\d|(?<=[’'‘])\d\d)")
_DIGIT = re.compile(r"\d")
# A quick test for "18 –" before the month-name pattern runs (case-blind patterns are slow).
_TWO_DIGITS = re.compile(
    rf"\d\d\s*(?:[{DASHES}]|[Tt](?:o|ill|hrough|hru)\b|[Uu]ntil\b|TO\b|UNTIL\b)"
)


def find_dates(text: str) -> tuple[DateSpan, ...]:
    """Every date range and single date in `text`, left to right."""
    if not _DIGIT.search(text):
        return ()  # every form of date has digits; most lines have none
    return _dates_in(text)


@lru_cache(maxsize=8192)  # roles, degrees and contact ask about the same lines
def _dates_in(text: str) -> tuple[DateSpan, ...]:
    if not _ANY_YEAR.search(text):
        if _TWO_DIGITS.search(text):
            return tuple(_short_month_ranges(text))
        return ()
    if lowers_exactly(text):
        # The case-bound pattern on the lower-cased line finds the same dates as a case-blind
        # one on the line, twice as fast (see alternation.CaseBlind).
        return tuple(_find_dates(text.lower(), RANGE_RE))
    return tuple(_find_dates(text, _range_blind()))


def _short_month_ranges(text: str) -> list[DateSpan]:
    """"Jan 18 – Jun 20" in a line without four-digit years: both ends month + two digits."""
    found: list[DateSpan] = []
    for m in _SHORT_MONTHS.finditer(text):
        a_name = _MONTH_RE.match(text, m.start())
        b_name = _MONTH_RE.search(text, m.end(1), m.start(2))
        if a_name is None or b_name is None:
            continue
        a_month = MONTHS.get(matched_key(a_name.group(0)))
        b_month = MONTHS.get(matched_key(b_name.group(0)))
        if a_month is None or b_month is None:
            continue
        a_short, b_short = int(m.group(1)), int(m.group(2))
        if a_month == b_month and a_short <= 31 and b_short <= 31:
            continue  # "Mar 10 – Mar 24": days of one month, not fourteen years
        start, end = ym(_century(a_short), a_month), ym(_century(b_short), b_month)
        if end >= start:
            found.append(DateSpan(start, end, m.span(), True, False))
    return found


def _century(short: int) -> int:
    return 2000 + short if short < 50 else 1900 + short


def _find_dates(text: str, pattern: re.Pattern[str]) -> list[DateSpan]:
    found: list[DateSpan] = []
    for m in pattern.finditer(text):
        a_text, _, exp, b_text, since, exp1, single = m.groups()  # one call, not one per group
        if single is not None:
            year, month = _parse_point(single)
            if year is None:
                continue
            if month is None:
                start, end = ym(year, 1), ym(year, 12)
                short = _short_end(text, m.end("single"), single, year)
                if short is not None:
                    span = (m.start("single"), short[1])
                    found.append(
                        DateSpan(start, ym(short[0], 12), span, True, True, bool(exp1))
                    )
                    continue
            else:
                start = end = ym(year, month)
            found.append(
                DateSpan(start, end, m.span("single"), False, month is None, bool(exp1))
            )
            continue
        if since is not None:
            year, month = _parse_point(since)
            if year is None:
                continue
            found.append(DateSpan(ym(year, month or 1), None, m.span(), True, month is None))
            continue
        a_year, a_month = _parse_point(a_text)
        expected = bool(exp)
        if (
            b_text[:1].isalpha()
            and _year(b_text) is None
            and not _MONTH_RE.match(b_text)
            and not _SEASON_RE.match(b_text)
        ):
            # "Present" and its synonyms: the range is open.
            if a_year is None:
                continue
            found.append(
                DateSpan(ym(a_year, a_month or 1), None, m.span(), True, a_month is None, expected)
            )
            continue
        b_year, b_month = _parse_point(b_text)
        if b_year is None:
            continue
        if a_year is None:
            # "June - August 2017": the year shown once applies to both ends.
            if a_month is None:
                continue
            a_year = b_year if b_month is None or a_month <= b_month else b_year - 1
        start = ym(a_year, a_month or 1)
        end = ym(b_year, b_month or 12)
        if end < start:
            if a_year == b_year or (a_month and b_month and a_year == b_year + 1):
                # "Nov 2021 - May 2021": a slip of the start year; read it as the year before.
                start = ym(b_year - 1, a_month or 1)
            else:
                start, end = ym(b_year, b_month or 1), ym(a_year, a_month or 12)
        found.append(
            DateSpan(start, end, m.span(), True, a_month is None and b_month is None, expected)
        )
    return found


def _short_end(text: str, at: int, point: str, year: int) -> tuple[int, int] | None:
    """(end year, end offset) of a two-digit end after a bare year: "2014–16", "2016-19"."""
    if not point.isdigit():
        return None
    m = _SHORT_END.match(text, at)
    if m is None:
        return None
    short = int(m.group(4))
    if m.group(2) == "-" and not (m.group(1) or m.group(3)) and short <= 12:
        return None  # "2018-11" is a month
    end = year - year % 100 + short
    return (end, m.end()) if end > year else None
