"""Near spellings of a multi-word rubric phrase ("rate limting"), compared as whole-word runs.

Only the words around an exact occurrence of one of the phrase's longer words are compared,
as runs of whole words of about the phrase's length (screener.matching.similarity, a rapidfuzz
ratio), never parts of words: "workload balancing" is not "load balancing", "sharing" not
"sharding".

Cost: a ratio of `cutoff` or more needs the two lengths to be close (the edit distance is at
least their difference), so runs whose length alone rules them out are never compared. Most
runs are, and a near spelling is rare, so most lines cost a few additions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from screener.evaluate.aliases import SEPARATORS, is_capitals
from screener.matching import similarity

if TYPE_CHECKING:
    from screener.evaluate.text import DocText

_WORD = re.compile(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]")
_ALNUM_SPAN = re.compile(r"[a-z0-9](?:.*[a-z0-9])?", re.S)
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_MARGIN = 1e-9  # float slack: rule a run out only when its bound is clearly below the cutoff

# A line's words and the running total of their lengths.
LineWords = tuple[list[str], list[int]]


@lru_cache(maxsize=256)
def length_limits(target: str, cutoff: float) -> tuple[int, int]:
    """(most, least): a run can score `cutoff` against `target` only if its length once
    processed can be at most `most` and at least `least`.

    rapidfuzz processes each character into one (non-alphanumerics into spaces) and trims
    the ends; ratio = 100 x (1 - distance / (la + lb)) with distance >= |la - lb|, so
    ratio <= 200 x min(la, lb) / (la + lb).
    """
    high = len(target)
    span = _ALNUM_SPAN.search(target.lower()) if target.isascii() else None
    low = span.end() - span.start() if span else 0
    most = high
    while 200 * high / (high + most + 1) >= cutoff - _MARGIN:
        most += 1
    least = low
    while least > 0 and 200 * (least - 1) / (least - 1 + low) >= cutoff - _MARGIN:
        least -= 1
    return most, least


def _trim(word: str) -> int:
    """How many characters rapidfuzz trims off the end of a run ending in `word` ("c++": 2)."""
    return len(word) - len(word.rstrip("+#."))


def _words(doc: DocText, index: int) -> LineWords:
    cache: dict[int, LineWords] = doc.memo.setdefault("line_words", {})
    found = cache.get(index)
    if found is None:
        tokens = _WORD.findall(doc.lines[index].text.lower())
        found = cache[index] = (tokens, [0, *accumulate(map(len, tokens))])
    return found


def _common_length(a: str, b: str) -> int:
    """The longest common subsequence of a and b as rapidfuzz's ratio processes them."""
    global _lcs, _process
    if _lcs is None:
        from rapidfuzz.distance import LCSseq
        from rapidfuzz.utils import default_process

        _lcs, _process = LCSseq.similarity, default_process
    return int(_lcs(a, b, processor=_process))


_lcs: Callable[..., int] | None = None
_process: Callable[[str], str] | None = None


@lru_cache(maxsize=256)
def _processed_length(target: str) -> int:
    _common_length("", "")  # loads rapidfuzz
    assert _process is not None
    return len(_process(target))


def _may_be_near(tokens: list[str], j: int, target: str, n: int, cutoff: float, least: int) -> bool:
    """False when no run around the anchor at j can score `cutoff`: one comparison instead
    of one per run.

    ratio = 200 x common / (la + lb), where common is the longest common subsequence of
    the processed strings. Every run the search compares lies inside the window of n words
    either side of the anchor, so its common part with the target is at most the window's,
    and a run that scores `cutoff` is at least `least` long (see length_limits).
    """
    window = " ".join(tokens[max(0, j - n) : j + n + 1])
    common = _common_length(target, window)
    return 200 * common >= (cutoff - _MARGIN) * (_processed_length(target) + least)


def _line_is_near(
    words: LineWords, anchor: str, target: str, n: int, cutoff: float, limits: tuple[int, int]
) -> bool:
    """Whether a run of n-1, n or n+1 words holding `anchor` scores `cutoff` or more."""
    tokens, sums = words
    if anchor not in tokens:
        return False
    j = tokens.index(anchor)
    while True:
        if _may_be_near(tokens, j, target, n, cutoff, limits[1]) and _runs_are_near(
            words, j, target, n, cutoff, limits
        ):
            return True
        if anchor not in tokens[j + 1 :]:
            return False
        j = tokens.index(anchor, j + 1)


def _runs_are_near(
    words: LineWords, j: int, target: str, n: int, cutoff: float, limits: tuple[int, int]
) -> bool:
    """Whether a run holding the word at j scores `cutoff` or more.

    Each distinct run is compared once: run [k, end) for every start k up to the anchor and
    every end that some size reaches (sizes cut short at the line's end give the same run).
    """
    tokens, sums = words
    most, least = limits
    count = len(tokens)
    for k in range(max(0, j - n), j + 1):
        first = max(min(k + n - 1, count), j + 1)
        for end in range(first, min(k + n + 1, count) + 1):
            longest = sums[end] - sums[k] + end - k - 1  # the run joined by single spaces
            if longest < least:
                continue
            if longest > most and longest - _trim(tokens[end - 1]) > most:
                break  # longer runs from k are longer still
            if similarity(target, " ".join(tokens[k:end])) >= cutoff:
                return True
    return False


_AFTER_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+#")


def lines_with(doc: DocText, anchor: str) -> list[int]:
    """Indexes of the lines where `anchor` may stand as one whole word of a line as _WORD
    splits it, in order: not before a letter, digit, '+' or '#', and not after a letter or
    digit (a necessary condition only).

    The walk is that of a regex finditer for the anchor not followed by those characters
    (after an occurrence that is followed by one, the next search starts one character on;
    after any other, past it), with str.find, which looks for a word many times faster.
    """
    cache: dict[str, list[int]] = doc.memo.setdefault("anchor_lines", {})
    found = cache.get(anchor)
    if found is None:
        starts, lower = doc.starts, doc.lower
        size, end = len(anchor), len(lower)
        found = []
        at = lower.find(anchor)
        while at >= 0:
            after = at + size
            if after < end and lower[after] in _AFTER_WORD:
                at = lower.find(anchor, at + 1)
                continue
            if not (at and lower[at - 1] in _ALNUM):
                i = bisect_right(starts, at) - 1
                if not found or found[-1] != i:
                    found.append(i)
            at = lower.find(anchor, after)
        cache[anchor] = found
    return found


def _candidate_lines(doc: DocText, anchor: str) -> Iterator[int]:
    """The lines to compare for one anchor, in order, each once."""
    lower, starts = doc.lower, doc.starts
    if len(lower) == len(doc.text):
        yield from lines_with(doc, anchor)
        return
    # Case folding changed lengths ("İ"): offsets in `lower` drift from the lines; walk
    # them exactly as the first version did, so results stay the same.
    at = lower.find(anchor)
    while at >= 0:
        i = doc.index_at(at)
        at = lower.find(anchor, starts[i + 1] if i + 1 < len(starts) else len(lower))
        yield i


def near_lines(
    doc: DocText, words: list[str], anchors: list[str], cutoff: float, limit: int
) -> list[int]:
    """Indexes of up to `limit` lines holding a run of words close to `words` (lower case)."""
    target = " ".join(words)
    limits = length_limits(target, cutoff)
    n = len(words)
    hits: list[int] = []
    far: set[int] = set()  # lines whose whole text is too unlike the target
    for anchor in anchors:
        for i in _candidate_lines(doc, anchor):
            if len(hits) >= limit:
                break
            if i in hits or i in far:
                continue
            if not _line_may_be_near(doc.lines[i].text, target, cutoff, limits[1]):
                far.add(i)
            elif _line_is_near(_words(doc, i), anchor, target, n, cutoff, limits):
                hits.append(i)
    return sorted(hits)


def _line_may_be_near(line: str, target: str, cutoff: float, least: int) -> bool:
    """False when no run of the line's words can score `cutoff`; one comparison with the
    whole line, before the line is split into words (as _may_be_near does for a window).

    Only for ASCII lines: there each run, processed, is a subsequence of the processed
    line (the words stand in it in order, and between two of them is a character that
    processing makes a space). Elsewhere lower-casing and processing may not agree.
    """
    if not line.isascii():
        return True
    common = _common_length(target, line)
    return 200 * common >= (cutoff - _MARGIN) * (_processed_length(target) + least)


@lru_cache(maxsize=512)
def fuzzy_words(alias: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The alias's words (lower case) and those long enough to anchor a fuzzy search; no
    anchors for aliases fuzzy matching does not apply to."""
    words = tuple(w.lower() for w in SEPARATORS.split(alias.rstrip("*")) if w)
    if alias.endswith("*") or len(words) < 2 or len(alias) < 8 or is_capitals(alias):
        return words, ()
    return words, tuple(w for w in words if len(w) >= 4)


def fuzzy_anchors(alias: str) -> tuple[str, ...]:
    """The words a fuzzy search for the alias starts from (none if it is not searched fuzzily)."""
    return fuzzy_words(alias)[1]
