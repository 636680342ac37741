"""Years: professional and senior experience as a union of counted role ranges, and the
years a résumé states about itself ("10+ years of experience").

Overlapping roles count once; months count inclusively; an open role runs to the as-of
month; the result is months / 12 rounded to one decimal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from screener.models import Evidence, Line, Role

_STATED = re.compile(
    r"\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\b['’]?"
    r"(?:\s+of)?(?:\s+[\w/&.+-]+){0,5}?\s+(?:experience|expertise|exp\b)"
    r"|\bover\s+(a|one|two|three)\s+decades?\b"
    r"|\bexperience\s*:\s*(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\b",
    re.IGNORECASE,
)
_DECADES = {"a": 10, "one": 10, "two": 20, "three": 30}


def _month(text: str) -> int:
    year, month = text.split("-")
    return int(year) * 12 + int(month) - 1


def union_months(ranges: Iterable[tuple[int, int]]) -> int:
    """Months covered by inclusive (start, end) month ranges, overlaps counted once."""
    total = 0
    current: tuple[int, int] | None = None
    for start, end in sorted(ranges):
        if current is None or start > current[1] + 1:
            if current is not None:
                total += current[1] - current[0] + 1
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current is not None:
        total += current[1] - current[0] + 1
    return total


def role_range(role: Role, as_of_month: int) -> tuple[int, int]:
    start = _month(role.start)
    end = _month(role.end) if role.end is not None else as_of_month
    return (start, max(start, end))


def experience_years(roles: Sequence[Role], as_of_month: int, *, senior: bool = False) -> float:
    ranges = [role_range(r, as_of_month) for r in roles if r.counts and (r.senior or not senior)]
    return round(union_months(ranges) / 12, 1)


def stated_years(
    lines: Sequence[Line], order: Sequence[int]
) -> tuple[float | None, Evidence | None]:
    """The first "N+ years of experience" claim, looking at the lines in `order`."""
    for i in order:
        m = _STATED.search(lines[i].text)
        if m:
            if m.group(2):
                value = float(_DECADES[m.group(2).lower()])
            else:
                value = float(m.group(1) or m.group(3))
            return value, lines[i].evidence()
    return None, None
