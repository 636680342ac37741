"""Fuzzy string matching: the one place that talks to rapidfuzz.

Used for "did you mean" suggestions (unknown rubric skill names) and for tolerant
look-ups of short phrases in text. rapidfuzz is imported on first use, so importing
this module costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence


def closest(query: str, choices: Sequence[str], limit: int = 3, cutoff: float = 70.0) -> list[str]:
    """The choices most similar to `query`, best first, scoring at least `cutoff` (0-100)."""
    if not query or not choices:
        return []
    from rapidfuzz import fuzz, process, utils

    found = process.extract(
        query, choices, scorer=fuzz.WRatio, processor=utils.default_process,
        limit=limit, score_cutoff=cutoff,
    )
    return [choice for choice, _score, _index in found]


def similarity(a: str, b: str) -> float:
    """How alike two strings are, 0-100, ignoring case and punctuation."""
    from rapidfuzz import fuzz, utils

    return float(fuzz.ratio(a, b, processor=utils.default_process))


def fuzzy_contains(text: str, phrase: str, cutoff: float = 90.0) -> bool:
    """Whether `text` holds `phrase` or a near spelling of it (a typo, a missing space).

    Short phrases (under four characters) must appear exactly, as a whole word, ignoring
    case: at that length one edit turns any word into another.
    """
    if not phrase or not text:
        return False
    if len(phrase) < 4:
        import re

        return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE) is not None
    from rapidfuzz import fuzz, utils

    return fuzz.partial_ratio(phrase, text, processor=utils.default_process) >= cutoff
