"""Property tests for the date parser: any well-formed range reads back exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from screener.extract.dates import find_dates, month_count, ym

MONTH_NAMES = [
    ("January", "Jan", "Jan."),
    ("February", "Feb", "Feb."),
    ("March", "Mar", "Mar."),
    ("April", "Apr", "Apr."),
    ("May", "May", "May"),
    ("June", "Jun", "Jun."),
    ("July", "Jul", "Jul."),
    ("August", "Aug", "Aug."),
    ("September", "Sep", "Sept"),
    ("October", "Oct", "Oct."),
    ("November", "Nov", "Nov."),
    ("December", "Dec", "Dec."),
]
DASHES = ["-", "–", "—", "‐", "‑", "−", "\u00ad", "~", " to ", " until ", "-", " – "]
PRESENT = ["Present", "present", "Current", "CURRENT", "Now", "Ongoing", "to date", "Today"]

months = st.tuples(st.integers(1950, 2030), st.integers(1, 12))


def render(year: int, month: int, style: int) -> str:
    names = MONTH_NAMES[month - 1]
    if style < 3:
        return f"{names[style]} {year}"
    if style == 3:
        return f"{month:02d}/{year}"
    if style == 4:
        return f"{year}-{month:02d}"
    return f"{names[0].upper()} {year}"


@settings(max_examples=300, deadline=None)
@given(
    a=months,
    b=months,
    style_a=st.integers(0, 5),
    style_b=st.integers(0, 5),
    dash=st.sampled_from(DASHES),
    prefix=st.sampled_from(["", "Engineer, Acme  ", "• ", "Acme | "]),
)
def test_any_range_round_trips(a, b, style_a, style_b, dash, prefix) -> None:
    start, end = sorted([a, b])
    text = f"{prefix}{render(*start, style_a)}{dash}{render(*end, style_b)}"
    found = find_dates(text)
    assert len(found) == 1, text
    span = found[0]
    assert (span.start, span.end) == (ym(*start), ym(*end)), text
    assert span.start <= span.end
    assert month_count(span.start, span.end) == (end[0] - start[0]) * 12 + end[1] - start[1] + 1


@settings(max_examples=200, deadline=None)
@given(
    a=months, style=st.integers(0, 5), dash=st.sampled_from(DASHES), word=st.sampled_from(PRESENT)
)
def test_open_ranges_end_at_present(a, style, dash, word) -> None:
    if dash.strip() in {"to", "until"} and word == "to date":
        word = "date"
    text = f"{render(*a, style)}{dash}{word}"
    (span,) = find_dates(text)
    assert span.start == ym(*a) and span.end is None, text


@settings(max_examples=200, deadline=None)
@given(y1=st.integers(1950, 2030), y2=st.integers(1950, 2030), dash=st.sampled_from(DASHES))
def test_a_year_alone_runs_january_to_december(y1, y2, dash) -> None:
    lo, hi = sorted([y1, y2])
    (span,) = find_dates(f"{lo}{dash}{hi}")
    assert (span.start, span.end) == (ym(lo, 1), ym(hi, 12))
    assert span.year_only


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Nd"]), max_size=60))
def test_text_without_digits_has_no_dates(text: str) -> None:
    assert find_dates(text) == ()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_every_found_range_is_ordered(text: str) -> None:
    for span in find_dates(text):
        assert span.end is None or span.start <= span.end
        assert 0 <= span.span[0] < span.span[1] <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    start=st.integers(1950, 2028),
    length=st.integers(1, 40),
    dash=st.sampled_from(["–", "—", " – ", " - ", "-"]),
)
def test_a_two_digit_end_year_takes_the_start_century(start, length, dash) -> None:
    end = start + length
    if end // 100 != start // 100 or (dash == "-" and end % 100 <= 12):
        return  # another century, or "2008-11": read as a month, tested elsewhere
    (span,) = find_dates(f"{start}{dash}{end % 100:02d}")
    assert (span.start, span.end) == (ym(start, 1), ym(end, 12))


@settings(max_examples=200, deadline=None)
@given(a=st.tuples(st.integers(2000, 2030), st.integers(1, 12)), months_on=st.integers(1, 200))
def test_month_names_with_two_digit_years(a, months_on) -> None:
    start = ym(*a)
    end = start + months_on
    ey, em = divmod(end, 12)
    if a[1] == em + 1 or ey > 2049:
        return  # same month at both ends reads as days of that month
    text = f"{MONTH_NAMES[a[1] - 1][1]} {a[0] % 100:02d} – {MONTH_NAMES[em][1]} {ey % 100:02d}"
    (span,) = find_dates(text)
    assert (span.start, span.end) == (start, end), text
