"""The shortcuts that make DocText cheap never change what it finds.

Each shortcut (the one-pass word-start scan, substring tests before regexes, the length
bound before fuzzy ratios, the digit hint before the figure pattern) is checked against a
plain reference that has no shortcut, on generated text with the awkward characters.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.evaluate import _matcher_of
from screener.evaluate.aliases import ODD_FOLDS, compile_aliases, plain_pattern
from screener.evaluate.fuzzy import fuzzy_anchors, length_limits
from screener.evaluate.metric import WINDOW, figure_value, metric_pattern
from screener.evaluate.text import DocText
from screener.matching import similarity
from screener.rubric import load_rubric
from tests.factories import TAXONOMY, document

RUBRIC = load_rubric(Path(__file__).resolve().parent.parent / "rubric.yaml", TAXONOMY)
ALIASES = sorted(
    {
        a
        for c in RUBRIC.criteria
        for a in (
            [x for concept in c.spec.get("concepts", ()) for x in concept["aliases"]]
            + list(c.spec.get("units", ()))
            + list(c.spec.get("strong", ()))
            + list(c.spec.get("weak", ()))
        )
    }
)
NAMES = sorted(
    {concept["name"] for c in RUBRIC.criteria for concept in c.spec.get("concepts", ())}
)
PIECES = [*ALIASES, *NAMES, "10M", "150k", "2,000,000", "millions of", "2019", "c++", "x_"]
PIECES += ["hundreds of millions of", "tens of thousands of", "one billion", "3.5 M", "$5M"]
ODD = list("İıſKé–•_+#./- \t") + ["", "ß", "ﬁ", "Ü"]


def _typo(text: str, at: int, kind: int) -> str:
    if not text:
        return text
    at %= len(text)
    if kind == 0:
        return text[:at] + text[at + 1 :]
    if kind == 1:
        return text[:at] + "x" + text[at:]
    return text.upper() if kind == 2 else text


PIECE = st.builds(
    lambda p, odd, at, kind: odd + _typo(p, at, kind),
    st.sampled_from(PIECES),
    st.sampled_from(ODD),
    st.integers(0, 40),
    st.integers(0, 4),
)
LINE = st.lists(PIECE, max_size=6).map(" ".join)
TEXT = st.lists(LINE, min_size=1, max_size=8)


def _doc(lines: list[str]) -> DocText:
    doc = DocText.of(document(*lines))
    doc.scan(_matcher_of(RUBRIC))
    return doc


def _reference_spans(doc: DocText, alias: str) -> list[tuple[int, int]]:
    """Every match of the alias's regex, with no test first of whether it can match."""
    text, lower = doc.text, doc.text.lower()
    pattern, caps = plain_pattern(alias)
    if not caps and len(lower) != len(text):
        pattern, haystack = compile_aliases((alias,)), text
    else:
        haystack = text if caps else lower
    return [
        (m.start(), m.end())
        for m in pattern.finditer(haystack)
        if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))
    ]


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_aliases_left_out_before_their_regex_runs_have_no_match(lines: list[str]) -> None:
    doc = _doc(lines)
    if ODD_FOLDS.search(doc.text):
        return  # such texts keep the first version's word-list test, matched or not
    for alias in ALIASES:
        assert doc.spans((alias,)) == _reference_spans(doc, alias), alias


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_scanned_and_unscanned_documents_find_the_same(lines: list[str]) -> None:
    scanned, plain = _doc(lines), DocText.of(document(*lines))
    for alias in ALIASES:
        assert scanned.spans((alias,)) == plain.spans((alias,)), alias


def _reference_fuzzy(doc: DocText, name: str, cutoff: float, limit: int = 3) -> list[int]:
    """The fuzzy search without the length bound: every run around every anchor is compared."""
    words = [w.lower() for w in re.split(r"[\s\-_/]+", name) if w]
    anchors = [w for w in fuzzy_anchors(name) if doc.has_word(w)]
    target, n, hits = " ".join(words), len(words), []
    word = re.compile(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]")
    for anchor in anchors:
        for i, line in enumerate(doc.lines):
            tokens = word.findall(line.text.lower())
            if len(hits) >= limit or i in hits or anchor not in tokens:
                continue
            if any(
                similarity(target, " ".join(tokens[k : k + size])) >= cutoff
                for j, token in enumerate(tokens)
                if token == anchor
                for size in (n - 1, n, n + 1)
                for k in range(max(0, j - size + 1), j + 1)
            ):
                hits.append(i)
    return sorted(hits)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.sampled_from([75.0, 85.0, 90.0]))
def test_the_length_bound_never_skips_a_close_spelling(lines: list[str], cutoff: float) -> None:
    doc = _doc(lines)
    if len(doc.text.lower()) != len(doc.text):
        return  # offsets drift there; the walk is the first version's, unchanged
    for name in NAMES:
        assert doc.fuzzy(name, cutoff) == _reference_fuzzy(doc, name, cutoff), name


@pytest.mark.parametrize(
    ("line", "name", "found"),
    [
        ("Tuned the data protecton policies", "data protection", True),
        ("Designed ratelimiting for the gateway", "rate limiting", False),  # one word: no anchor
        ("Led perfromance tuning of queries", "performance tuning", True),
        ("c++ data protection tools", "data protection", True),
        ("Built big data pipelines", "data protection", False),
    ],
)
def test_close_spellings_are_found(line: str, name: str, found: bool) -> None:
    assert bool(_doc([line]).fuzzy(name, 85.0)) is found


@pytest.mark.parametrize("target", ["data protection", "rate limiting", "c++ x", "ab"])
@pytest.mark.parametrize("cutoff", [75.0, 90.0, 100.0])
def test_length_limits_are_tight_and_safe(target: str, cutoff: float) -> None:
    most, least = length_limits(target, cutoff)
    for size in range(1, 40):
        run = "x" * size
        assert (similarity(target, run) < cutoff) or (least <= size <= most)


def test_odd_folds_lists_every_non_ascii_character_that_ignoring_case_makes_ascii() -> None:
    chars = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    folding = set(re.findall(r"(?i)[a-z0-9_]", chars))
    assert folding == set(ODD_FOLDS.pattern.strip("[]"))
    multi = {c for c in chars if len(c.lower()) != 1}
    assert multi <= folding  # so a text without them lower-cases one character to one


def _reference_figures(doc: DocText, units: tuple[str, ...]) -> list[tuple[float, int, str]]:
    present = tuple(u for u in units if _reference_spans(doc, u))
    if not present:
        return []
    pattern = metric_pattern(present)
    spans = sorted({s for u in present for s in _reference_spans(doc, u)})
    out: dict[int, tuple[float, int, str]] = {}
    for unit_start, unit_end in spans:
        index = doc.index_at(unit_start)
        start = max(doc.starts[index], unit_start - WINDOW)
        for m in pattern.finditer(doc.text, start, unit_end):
            out.setdefault(m.start(), (figure_value(m), index, m.group(0)))
    return list(out.values())


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_figures_are_found_as_without_the_digit_hint(lines: list[str]) -> None:
    from screener.evaluate.metric import find_figures

    doc = _doc(lines)
    if ODD_FOLDS.search(doc.text):
        return
    for c in RUBRIC.criteria:
        if c.kind == "metric":
            units = c.spec["units"]
            assert find_figures(doc, units) == _reference_figures(doc, units)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Served hundreds of millions of monthly active users", 1e8),
        ("Handled tens of thousands of requests per second at peak", 1e4),
        ("Since 2019: grew the platform to one billion users", 1e9),
        ("Scaled to 2,000,000 concurrent users", 2e6),
        ("Wrote 12 services; 150k RPS in production", 1.5e5),
    ],
)
def test_figures_far_from_the_first_digit_are_found(line: str, value: float) -> None:
    from screener.evaluate.metric import find_figures

    doc = _doc([line])
    for c in RUBRIC.criteria:
        if c.kind == "metric":
            units = c.spec["units"]
            assert find_figures(doc, units) == _reference_figures(doc, units)
    metrics = [c for c in RUBRIC.criteria if c.kind == "metric"]
    found = [f[0] for c in metrics for f in find_figures(doc, c.spec["units"])]
    assert value in found


ODD_ALIASES = [
    "rate limit*", "auto scal*", "autoscal*", "c++", "node.js", "CAP", "SOC 2", "soc2",
    "a b", "ab", "b a*", "co-maintainer", "re:Invent", "café", "x_y", ".net", "über*",
    "pub/sub", "EXPLAIN ANALYZE", "go", "k8s", "1m",
]  # fmt: skip
ODD_PIECE = st.builds(
    lambda p, odd, at, kind: odd + _typo(p, at, kind),
    st.sampled_from(ODD_ALIASES + ["ratelimiting", "autoscaling", "a-b", "x y", "cap", "Soc-2"]),
    st.sampled_from(ODD),
    st.integers(0, 40),
    st.integers(0, 4),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(ODD_PIECE, max_size=6).map(" ".join), min_size=1, max_size=6))
def test_the_rubric_scan_never_leaves_out_an_alias_that_matches(lines: list[str]) -> None:
    from screener.evaluate.matcher import RubricMatcher

    doc = DocText.of(document(*lines))
    doc.scan(RubricMatcher(ODD_ALIASES, []))
    plain = DocText.of(document(*lines))
    for alias in ODD_ALIASES:
        assert doc.spans((alias,)) == plain.spans((alias,)), alias
        if not ODD_FOLDS.search(doc.text):
            assert doc.spans((alias,)) == _reference_spans(doc, alias), alias
