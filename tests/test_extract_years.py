"""Years: union of month ranges (overlaps once, inclusive), stated-years claims."""

from __future__ import annotations

import pytest

from screener.extract.years import stated_years, union_months
from tests.extract_support import doc


@pytest.mark.parametrize(
    ("ranges", "months"),
    [
        ([], 0),
        ([(0, 0)], 1),
        ([(0, 11)], 12),
        ([(0, 11), (6, 17)], 18),  # overlap counted once
        ([(0, 5), (6, 11)], 12),  # adjacent ranges join
        ([(0, 5), (8, 11)], 10),  # a gap is not counted
        ([(10, 20), (0, 30)], 31),  # one inside another
        ([(5, 5), (5, 5), (5, 5)], 1),
    ],
)
def test_union_months(ranges: list[tuple[int, int]], months: int) -> None:
    assert union_months(ranges) == months


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Backend engineer with 10+ years of experience in payments.", 10.0),
        ("Over 7 years of professional software experience", 7.0),
        ("12 yrs experience", 12.0),
        ("Adaptable leader with over a decade of experience", 10.0),
        ("3.5 years of hands-on DevOps experience", 3.5),
        ("Managed 40 people for 3 quarters", None),
        ("Engineer with 6+ years' experience", 6.0),
        ("9+ yrs exp in backend systems", 9.0),
        ("Total Experience: 11 years", 11.0),
    ],
)
def test_stated_years(text: str, years: float | None) -> None:
    lines = doc([text]).lines
    value, evidence = stated_years(lines, [0])
    assert value == years
    assert (evidence is None) == (years is None)
