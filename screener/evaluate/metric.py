"""Checks for a figure of scale: a number with a multiplier and a unit, such as "150k requests
per second", "200,000 RPS", "1M QPS", "10M+ users" or "millions of concurrent users"."""

from __future__ import annotations

import re
from functools import lru_cache

from screener.evaluate.aliases import alias_pattern, probes
from screener.evaluate.common import Check, check, constant, prepared
from screener.evaluate.text import DocText
from screener.extract.alternation import matched_key
from screener.models import Criterion, ResumeFacts

_MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "thousands": 1e3,
}
# A figure: not part of a word, version, amount of money or decimal ("$10M" is revenue).
_NUMBER = (
    r"(?<![\w.,$€£¥])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,]*%)"
    r"\s?\+?\s?(?P<mult>(?i:k|mm|mn|m|bn|b|thousand|million|billion)(?![a-z]))?\+?"
)
# Words: "millions of", "hundreds of thousands of", "a million", "tens of millions of".
_WORDS = (
    r"(?i:(?P<scale>tens of |hundreds of )?(?P<word>thousands|millions|billions) of"
    r"|(?:a|one) (?P<single>million|billion))"
)
_FILLER = r"(?:[\s+]+(?:[A-Za-z][A-Za-z\-]*[\s]+){0,3}?)"  # "concurrent", "monthly active"…


@lru_cache(maxsize=64)
def metric_pattern(units: tuple[str, ...]) -> re.Pattern[str]:
    unit = "|".join(alias_pattern(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(rf"(?:{_NUMBER}|{_WORDS}){_FILLER}?(?P<unit>{unit})")


def figure_value(match: re.Match[str]) -> float:
    if match.group("word"):
        scale = {"tens of ": 10, "hundreds of ": 100}.get((match.group("scale") or "").lower(), 1)
        return scale * _MULTIPLIERS[matched_key(match.group("word"))]
    if match.group("single"):
        return _MULTIPLIERS[matched_key(match.group("single"))]
    value = float(match.group("num").replace(",", ""))
    mult = matched_key(match.group("mult") or "")
    return value * _MULTIPLIERS.get(mult, 1.0)


WINDOW = 80  # characters before a unit where its figure may stand
# Every figure holds a digit or a multiplier word and starts at most LEAD characters before
# the first of them ("hundreds of m|illions"): the search starts there, or not at all.
_FIGURE_HINT = re.compile(r"\d|(?i:illion|housand)")
LEAD = len("hundreds of m")


def find_figures(doc: DocText, units: tuple[str, ...]) -> list[tuple[float, int, str]]:
    """(value, line index, matched text) for every figure with one of the units.

    Units are rare and numbers common, so units are found first and the figure pattern runs
    only on the line text just before each.
    """
    present = doc.present(units)
    if not present:
        return []
    # Where the scan ruled units out exactly (DocText.present), a unit it left out matches
    # nowhere, so its branch in the pattern never matches either: one pattern for every
    # résumé instead of one compiled per set of units found.
    pattern = metric_pattern(units if doc.scanned_exactly else present)
    out: dict[int, tuple[float, int, str]] = {}
    for unit_start, unit_end in doc.spans(present):
        index = doc.index_at(unit_start)
        start = max(doc.starts[index], unit_start - WINDOW)
        hint = _FIGURE_HINT.search(doc.text, start, unit_end)
        if hint is None:
            continue
        start = max(start, hint.start() - LEAD)
        for m in pattern.finditer(doc.text, start, unit_end):
            out.setdefault(m.start(), (figure_value(m), index, m.group(0)))
    return list(out.values())


def _unit_leads(c: Criterion) -> frozenset[str]:
    """The word starts every match of a unit begins with (see DocText.lacks_word_starts)."""
    return frozenset(p.folded for p in probes(c.spec["units"]))


def _no_figure(c: Criterion) -> Check:
    return check(c, "unmet", 0, f"no figure of {c.spec['minimum']:,.0f}+ {c.spec['units'][0]} found")


def check_metric(c: Criterion, facts: ResumeFacts, doc: DocText) -> Check:
    if doc.lacks_word_starts(prepared(c, "unit leads", _unit_leads)):
        return constant(c, "no figure", _no_figure)
    minimum = c.spec["minimum"]
    # Figures far below the bar (a tenth) are about something else, not a claim of scale.
    figures = [f for f in find_figures(doc, c.spec["units"]) if f[0] >= minimum / 10]
    if not figures:  # the common answer, the same for every résumé
        return constant(c, "no figure", _no_figure)
    figures.sort(key=lambda f: (-f[0], f[1]))
    best_value, _, best_text = figures[0]
    lines = list(dict.fromkeys(i for _, i, _ in figures))[:5]
    shown = " ".join(best_text.split())
    reason = f"largest figure: '{shown}' = {best_value:,.0f}; {minimum:,.0f} asked"
    if best_value >= minimum:
        return check(c, "met", 1.0, reason, doc.evidence(lines))
    return check(c, "partial", best_value / minimum, reason, doc.evidence(lines))
