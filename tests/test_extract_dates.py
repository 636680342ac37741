"""Date parsing: month names matched strictly, every dash, Present synonyms, seasons, numerics."""

from __future__ import annotations

import pytest

from screener.extract.dates import find_dates, month_count, ym, ym_text


def spans(text: str) -> list[tuple[str, str | None]]:
    return [
        (ym_text(d.start), ym_text(d.end) if d.end is not None else None) for d in find_dates(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mar 2019 – Present", [("2019-03", None)]),
        ("Sep. 2023 - Mar. 2024", [("2023-09", "2024-03")]),
        ("Sept 2015 — June 2020", [("2015-09", "2020-06")]),
        ("09/2019 – 05/2021", [("2019-09", "2021-05")]),
        ("2019-09 to 2020-10", [("2019-09", "2020-10")]),
        ("2019/10-2021/02", [("2019-10", "2021-02")]),
        ("2014 – 2018", [("2014-01", "2018-12")]),
        ("'19 - '21", [("2019-01", "2021-12")]),
        ("Summer 2019", [("2019-06", "2019-06")]),
        ("Q1 2020 – Q3 2021", [("2020-01", "2021-07")]),
        ("Fall 2019 – Spring 2021", [("2019-09", "2021-03")]),
        ("Jan 2020 – Current", [("2020-01", None)]),
        ("Jan 2020 - Now", [("2020-01", None)]),
        ("Jan 2020 till date", [("2020-01", None)]),
        ("Jan 2020 to date", [("2020-01", None)]),
        ("Jan 2020 – Ongoing", [("2020-01", None)]),
        ("Since 2019", [("2019-01", None)]),
        ("June - August 2017", [("2017-06", "2017-08")]),
        ("Nov - Feb 2020", [("2019-11", "2020-02")]),
        ("Mar. 2016 \u00ad Exp. Jun. 2017", [("2016-03", "2017-06")]),
        ("May 2018 \u2011 Aug 2018", [("2018-05", "2018-08")]),
        ("May 2018 \u2212 Aug 2018", [("2018-05", "2018-08")]),
        ("May 2018 \u2010 Aug 2018", [("2018-05", "2018-08")]),
        ("May 2018 ~ Aug 2018", [("2018-05", "2018-08")]),
        ("May 2018 until Aug 2018", [("2018-05", "2018-08")]),
        ("Nov. 2018 - Nov.2022", [("2018-11", "2022-11")]),
        ("2012 – 2015, 2018 – 2023", [("2012-01", "2015-12"), ("2018-01", "2023-12")]),
        ("Sep. 2013, Mar. 2011 - Oct. 2011", [("2013-09", "2013-09"), ("2011-03", "2011-10")]),
        ("Oct 2021 - May 2021", [("2020-10", "2021-05")]),  # a slipped start year
        ("01/03/2015 – 31/12/2018", [("2015-03", "2018-12")]),
        ("12/31/2018 - 06/15/2020", [("2018-12", "2020-06")]),
        ("2015-03-01 – 2018-12-31", [("2015-03", "2018-12")]),
        ("Jan-2019 – Mar-2021", [("2019-01", "2021-03")]),
        ("Jan'19 - Mar'21", [("2019-01", "2021-03")]),
        ("January, 2019 – March, 2021", [("2019-01", "2021-03")]),
        ("2019.09 - 2021.02", [("2019-09", "2021-02")]),
        ("März 2019 – heute", [("2019-03", None)]),
        ("janvier 2018 - présent", [("2018-01", None)]),
        ("Septiembre 2015 - Actualidad", [("2015-09", None)]),
        ("Mai 2017 – Okt. 2019", [("2017-05", "2019-10")]),
        ("seit 2019", [("2019-01", None)]),
        ("mayo de 2019 – julio de 2020", [("2019-05", "2020-07")]),
        ("Month 20XX – Present", []),
        ("year–year", []),
        ("Marketing Manager 2019", [("2019-01", "2019-12")]),
        ("Mayor of Springfield", []),
        ("Decided to march on", []),
        ("+1 (902) 555-2084", []),
        ("handled 2,000+ requests and 20% growth", []),
        # a two-digit end year after a four-digit start takes the start's century
        ("2011–13", [("2011-01", "2013-12")]),
        ("2007-09 x", [("2007-09", "2007-09")]),  # a plain hyphen and 1-12: still a month
        ("2007-19", [("2007-01", "2019-12")]),
        ("2007 - 09", [("2007-01", "2009-12")]),  # spaced: a range
        ("1998–03", [("1998-01", "1998-12")]),  # an end before the start is no end
        ("2011–13%", [("2011-01", "2011-12")]),
        ("Cafe Roma, 2012–14", [("2012-01", "2014-12")]),
        ("call 2012-14-5567", [("2012-01", "2012-12")]),  # a number, not a range
        # month names with two-digit years, only when both ends have that form
        ("Feb 17 – Nov 22", [("2017-02", "2022-11")]),
        ("Sept. 09 to Aug. 12", [("2009-09", "2012-08")]),
        ("Apr 12 – Apr 19", []),  # days of one month
        ("Nov 22 – Feb 17", []),  # backwards: not years
        ("Oct 14 – Nov 2, 2021", [("2021-11", "2021-11")]),  # days, the year written once
        ("Feb 17 – Present", []),  # one end alone is as likely a day
        ("met on Feb 17", []),
        ("Feb 17th – Nov 22nd", []),
        # more ways to say "still there"
        ("2016 - Pres.", [("2016-01", None)]),
        ("2016 - Pres", [("2016-01", None)]),
        ("May 2016 - Till now", [("2016-05", None)]),
        ("May 2016 – up to now", [("2016-05", None)]),
        ("May 2016 – to present", [("2016-05", None)]),
        ("2016 – President", [("2016-01", "2016-12")]),
    ],
)
def test_find_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert spans(text) == expected, text


@pytest.mark.parametrize(
    "word", ["Marketing", "Mayor", "Augment", "Junebug", "Decimal", "Octopus", "Novel"]
)
def test_month_abbreviations_need_a_whole_word(word: str) -> None:
    (span,) = find_dates(f"{word} 2019")
    assert (span.start, span.end, span.year_only) == (ym(2019, 1), ym(2019, 12), True)


def test_expected_end_is_flagged() -> None:
    (span,) = find_dates("Sep 2021 - Expected May 2025")
    assert span.expected and span.end == ym(2025, 5)


def test_year_only_flag() -> None:
    assert find_dates("2014 – 2018")[0].year_only
    assert not find_dates("Mar 2014 – 2018")[0].year_only


def test_month_count_is_inclusive() -> None:
    assert month_count(ym(2020, 1), ym(2020, 1)) == 1
    assert month_count(ym(2019, 6), ym(2020, 5)) == 12


def test_month_names_with_letters_whose_case_is_odd_are_read_not_a_crash() -> None:
    # The case-blind patterns match "ı" (dotless i), "İ" and "ſ" (long s) as i and s.
    from screener.extract.dates import find_dates, ym

    assert [(d.start, d.end) for d in find_dates("Aprıl 2019 – May 2021")] == [
        (ym(2019, 4), ym(2021, 5))]
    assert [(d.start, d.end) for d in find_dates("APRİL 2019 - Present")] == [(ym(2019, 4), None)]
    assert [d.start for d in find_dates("Auguſt 2018 – 2020")] == [ym(2018, 8)]
    assert [(d.start, d.end) for d in find_dates("Jan 18 – Aprıl 20")] == [
        (ym(2018, 1), ym(2020, 4))]
