"""Text normalisation: the character contract the date and name parsers rely on."""

from __future__ import annotations

import pytest

from screener.readers.normalise import (
    clean_block,
    clean_line,
    collapse_spaces,
    join_hyphenated,
    link_text,
    split_bullet,
)


@pytest.mark.parametrize(
    ("raw", "drawn", "expected"),
    [
        ("meteo\ufffe rological", True, "meteorological"),
        ("meteo\ufffe\r\nrological", True, "meteorological"),
        ("ledger\x02service", True, "ledgerservice"),
        ("Manager\ufffe435", True, "Manager-435"),
        ("Sep. 2023 \u00ad Mar. 2024", True, "Sep. 2023 – Mar. 2024"),
        ("Sep. 2023 \u00ad Mar. 2024", False, "Sep. 2023 – Mar. 2024"),
        ("high\u00adimpact", True, "high-impact"),
        ("high\u00adimpact", False, "highimpact"),
        ("distri\u00ad\nbuted", True, "distributed"),
        ("2019\u00ad2021", True, "2019–2021"),
        ("e\ufb03cient \ufb01le \ufb02ow \ufb00", False, "efficient file flow ff"),
        ("2019\u20142021 \u2012 2022 \u2015 x \u2212 y", False, "2019–2021 – 2022 – x – y"),
        ("state\u2011of\u2010the\u2011art", False, "state-of-the-art"),
        ("\uff0d full \ufe63 small", False, "- full - small"),
        ("year--year 1---2", False, "year–year 1–2"),
        ("ab\u00a0cd\u2009ef\u202fgh", False, "ab cd ef gh"),
        ("zero\u200bwidth\u200d\ufeffjoin\u2060er", False, "zerowidthjoiner"),
        ("\uf0e0 mail@example.org \U000f0001", True, " mail@example.org "),
        ("tab\tseparated", False, "tab separated"),
        ("visible\u2423space", True, "visible space"),
        ("bell\x07 and \x12 \x13 and \x80 gone", True, "bell and   and  gone"),
        ("Ｆｕｌｌｗｉｄｔｈ", False, "Fullwidth"),
        ("Café Zoë", False, "Café Zoë"),
        ("plain ascii", True, "plain ascii"),
        ("E X P E R I E N C E", True, "EXPERIENCE"),
        ("Orbit Labs . . . . . . . . Berlin", True, "Orbit Labs Berlin"),
        ("Intro.......... 3", True, "Intro 3"),
        ("and so on... next", True, "and so on... next"),
        ("J O H N  D O E", True, "JOHN  DOE"),
        ("Skills: C R Go", True, "Skills: C R Go"),
        ("I am a b", False, "I am a b"),
    ],
)
def test_clean_block(raw: str, drawn: bool, expected: str) -> None:
    assert clean_block(raw, drawn=drawn) == expected


def test_decomposed_accents_are_composed() -> None:
    assert clean_block("Jose\u0301") == "José"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Built distri-", "buted systems"], ["Built distributed", "systems"]),
        (["Built distri-", "buted"], ["Built distributed"]),
        (["Go-", "Lang is not joined"], ["Go-", "Lang is not joined"]),
        (["2019 -", "present"], ["2019 -", "present"]),
        (["x-", "y"], ["x-", "y"]),
    ],
)
def test_join_hyphenated(lines: list[str], expected: list[str]) -> None:
    assert join_hyphenated(lines) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• Led the team", ("Led the team", True)),
        ("▪Shipped it", ("Shipped it", True)),
        ("- Wrote docs", ("Wrote docs", True)),
        ("-5% churn", ("-5% churn", False)),
        ("– 2019", ("2019", True)),
        ("Plain line", ("Plain line", False)),
        ("•", ("•", False)),
    ],
)
def test_split_bullet(text: str, expected: tuple[str, bool]) -> None:
    assert split_bullet(text) == expected


def test_spaces_collapse() -> None:
    assert collapse_spaces(clean_block("a   b\u00a0\u00a0c\nd")) == "a b c\nd"
    assert clean_line("  a \u2003  b  ") == "a b"


@pytest.mark.parametrize(
    ("target", "shown"),
    [
        ("mailto:ada@example.org", "ada@example.org"),
        ("MAILTO:ada@example.org?subject=Hi", "ada@example.org"),
        ("mailto:", None),
        ("https://www.linkedin.com/in/ada-l", "https://www.linkedin.com/in/ada-l"),
        ("https://uk.linkedin.com/in/ada-l/", "https://uk.linkedin.com/in/ada-l/"),
        ("https://www.linkedin.com/company/acme", None),
        ("https://github.com/ada", "https://github.com/ada"),
        ("https://github.com/ada/kubernetes-tools", None),
        ("https://github.com/search?q=x", None),
        ("https://acme.example.com/careers", None),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
    ],
)
def test_link_text(target: str, shown: str | None) -> None:
    assert link_text(target) == shown
