"""A document's text as evaluate() searches it: rubric aliases found by regex, fuzzy as a fallback.

Cost: evaluate() asks the same document about many aliases, so a DocText finds once which
aliases can match at all (one pass over the text's word starts for all of a rubric's aliases,
see matcher.py), runs each remaining alias's regex once, only where its first word stands,
and remembers the answers for the criteria that come after.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from screener.evaluate.aliases import (
    LOWER_WORD,
    ODD_FOLDS,
    WORD_RUN,
    Probe,
    alias_pattern,
    alias_start,
    compile_aliases,
    first_literal,
    matches_any,
    plain_pattern,
    probe_group,
    probes,
    squeeze,
    word_starts,
)
from screener.evaluate.fuzzy import fuzzy_words, lines_with, near_lines
from screener.evaluate.matcher import RubricMatcher
from screener.models import Document, Evidence, Line

__all__ = ["DocText", "alias_pattern", "compile_aliases", "first_literal", "matches_any"]

Span = tuple[int, int]


@dataclass
class DocText:
    """The document's lines joined once, with a map from text offsets back to lines, and
    what has been found in it so far (shared by all the criteria of one evaluate call)."""

    lines: Sequence[Line]
    text: str = ""
    starts: list[int] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict)  # values the checks derive once
    _lower: str | None = None
    _starts_bytes: bytes | None = None  # see aliases.word_starts
    _plain: bool | None = None  # no İ ı ſ K: ignoring case is lower-casing
    _vocab: list[str] | None = None  # sorted lower-case words, for texts with İ ı ſ K
    _leads: dict[str, bool] = field(default_factory=dict)
    _scanned: frozenset[str] = frozenset()  # leads looked for in one pass ...
    _starting: frozenset[str] = frozenset()  # ... and those some word starts with
    _can: dict[str, bool] = field(default_factory=dict)  # alias -> can match at all
    _held: dict[str, bool] = field(default_factory=dict)  # lower-case word -> in the text
    _joined: dict[tuple[bytes, bool], bool] = field(default_factory=dict)  # see _stands
    _present: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    _spans: dict[re.Pattern[str], list[Span]] = field(default_factory=dict)
    # After a RubricMatcher scan of a text where lower-casing keeps offsets and ignoring case
    # is lower-casing: the aliases it knows, and those of them that may match.
    _known: frozenset[str] | None = None
    _candidates: frozenset[str] = frozenset()

    @classmethod
    def of(cls, document: Document) -> DocText:
        texts = [line.text for line in document.lines]
        starts = [0, *accumulate(len(t) + 1 for t in texts)]
        starts.pop()
        return cls(document.lines, "\n".join(texts), starts)

    @property
    def lower(self) -> str:
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    def index_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def scan(self, matcher: RubricMatcher) -> None:
        """Learn at once which of a rubric's word starts, and which of its aliases, the text
        may hold: one regex pass (see matcher.py)."""
        starting, candidates = matcher.scan(self._word_starts())
        self._scanned, self._starting = matcher.leads, starting
        # Where lower-casing keeps offsets and ignoring case is lower-casing, an alias the
        # scan leaves out has no match; elsewhere present() keeps the first version's tests.
        if len(self.lower) == len(self.text) and self._plain_folds():
            self._known, self._candidates = matcher.aliases, candidates

    def lacks_word_starts(self, leads: frozenset[str]) -> bool:
        """Whether the scan showed that no word starts with any of `leads` (False when it
        cannot tell: a lead not scanned, or lower-casing changed the text's length)."""
        return (
            leads.isdisjoint(self._starting)
            and leads <= self._scanned
            and len(self.lower) == len(self.text)
        )

    @property
    def scanned_exactly(self) -> bool:
        """Whether present() answers from a RubricMatcher scan: an alias it leaves out has no
        match at a word start, in the lower-cased text or (ignoring case) in the text."""
        return self._known is not None

    def _word_starts(self) -> bytes:
        if self._starts_bytes is None:
            self._starts_bytes = word_starts(self.lower) + b" "
        return self._starts_bytes

    def _squeezed(self, caps: bool) -> bytes:
        """aliases.squeeze of the text as written (for capitals) or lower-cased."""
        key = "squeezed" if caps else "squeezed_lower"
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = squeeze(self.text if caps else self.lower)
        return found

    def _stands(self, joined: bytes, caps: bool) -> bool:
        """Whether `joined` is in the squeezed text; asked once per document, as aliases
        that differ only in separators ("auto-scal*", "auto scal*", "autoscal*") share it."""
        key = (joined, caps)
        found = self._joined.get(key)
        if found is None:
            found = self._joined[key] = joined in self._squeezed(caps)
        return found

    def _plain_folds(self) -> bool:
        if self._plain is None:
            text = self.text
            self._plain = text.isascii() or ODD_FOLDS.search(text) is None
        return self._plain

    def _vocabulary(self) -> list[str]:
        if self._vocab is None:
            self._vocab = sorted(set(WORD_RUN.findall(self.lower)))
        return self._vocab

    def _has_lead(self, lead: str) -> bool:
        """Whether some word starts with `lead` (a necessary condition only, for leads that
        are not plain ASCII words)."""
        if lead in self._scanned:
            return lead in self._starting
        known = self._leads.get(lead)
        if known is None:
            if LOWER_WORD.fullmatch(lead):
                known = (b" " + lead.encode()) in self._word_starts()
            else:
                known = True
            self._leads[lead] = known
        return known

    def _can_match(self, p: Probe) -> bool:
        """Whether the alias's regex can match at all: its first word starts a word and its
        words all stand in the text. Never false where the regex matches, and false for most
        aliases of most résumés, so most regexes never run."""
        if p.caps:  # few aliases are in capitals: substring tests are enough
            if p.joined is not None:
                return self._stands(p.joined, True)
            text = self.text
            return p.lead in text and all(w in text for w in p.words)
        if not p.lead:
            return True
        if not self._plain_folds():  # rare: a word list tells where ignoring case is odd
            vocab = self._vocabulary()
            i = bisect_left(vocab, p.lead)
            return i < len(vocab) and vocab[i].startswith(p.lead)
        if not self._has_lead(p.lead):
            return False
        if p.joined is not None:
            return self._stands(p.joined, False)
        held = self._held
        for w in p.words:  # aliases share words ("per", "second"): each is looked for once
            ok = held.get(w)
            if ok is None:
                ok = held[w] = w in self.lower
            if not ok:
                return False
        return True

    def present(self, aliases: tuple[str, ...]) -> tuple[str, ...]:
        """The aliases that can match at all (see _can_match, or the matcher's scan)."""
        known = self._known
        if known is not None and known.issuperset(aliases):
            hit = self._candidates.intersection(aliases)
            if not hit:
                return ()
            return tuple([a for a in aliases if a in hit])
        out = self._present.get(aliases)
        if out is None:
            can = self._can
            found = []
            for p in self._unscanned(aliases):
                ok = can.get(p.alias)
                if ok is None:
                    ok = can[p.alias] = self._can_match(p)
                if ok:
                    found.append(p.alias)
            out = self._present[aliases] = tuple(found)
        return out

    def _unscanned(self, aliases: tuple[str, ...]) -> list[Probe]:
        """The aliases' probes that the scan alone does not rule out (no word starts with
        their first word), in order."""
        scanned, starting = self._scanned, self._starting
        # Offsets in the lower-cased text are the text's: a word starting with an alias
        # in capitals starts with it lower-cased there.
        aligned = len(self.lower) == len(self.text)
        if aligned:
            group = probe_group(aliases)
            if group.leads <= scanned:  # the common case: set operations decide
                live = group.leads & starting
                return [p for p in group.probes if p.folded in live] if live else []
        return [
            p
            for p in probes(aliases)
            if not (
                (lead := p.folded if p.caps and aligned else p.lead) in scanned
                and lead not in starting
                and (aligned or not p.caps)
            )
        ]

    def has_word(self, word: str) -> bool:
        """Whether the lower-cased text has exactly this word."""
        vocab = self._vocabulary()
        i = bisect_left(vocab, word)
        return i < len(vocab) and vocab[i] == word

    def _may_start_word(self, word: str) -> bool:
        """Never false where some word starts with `word` (see scan)."""
        return word not in self._scanned or word in self._starting

    def _may_have_word(self, word: str) -> bool:
        """Never false where has_word is true; one substring test instead of a word list."""
        if not word.isascii():
            return True
        if word in self._scanned and word not in self._starting:
            return False  # no word even starts so
        return (b" " + word.encode() + b" ") in self._word_starts()

    def spans(self, aliases: tuple[str, ...]) -> list[Span]:
        """(start, end) of every alias match in document order."""
        present = self.present(aliases)
        if not present:
            return []
        if len(present) == 1:
            return list(self._alias_spans(present[0]))
        found: set[Span] = set()
        for alias in present:
            found.update(self._alias_spans(alias))
        return sorted(found)

    def _alias_spans(self, alias: str) -> list[Span]:
        """One alias's matches, found once per document.

        A plain regex on the lower-cased text unless the alias is in capitals: a pattern with
        a literal start and no flags is many times faster in `re` than one with case folding
        and look-behinds.
        """
        text, lower = self.text, self.lower
        pattern, caps = plain_pattern(alias)
        first = alias_start(alias)
        if not caps and len(lower) != len(text):  # case folding changed lengths ("İ")
            pattern, haystack, first = compile_aliases((alias,)), text, ""
        else:
            haystack = text if caps else lower
        # Keyed by the pattern: aliases that differ only in separators ("rate-limit*",
        # "rate limit*") share one regex, and its matches.
        found = self._spans.get(pattern)
        if found is not None:
            return found
        found = []
        for start, end in _matches(pattern, haystack, first):
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # inside a word: "scap" is not "CAP"
            found.append((start, end))
        self._spans[pattern] = found
        return found

    def alias_lines(self, aliases: tuple[str, ...], limit: int = 5) -> tuple[int, ...]:
        """The indexes of find_aliases(aliases, limit), alone."""
        found = self.spans(aliases)
        if not found:
            return ()
        if len(found) == 1:
            return (bisect_right(self.starts, found[0][0]) - 1,)
        return tuple(i for i, _ in self.find_aliases(aliases, limit))

    def find_aliases(self, aliases: tuple[str, ...], limit: int = 5) -> list[tuple[int, str]]:
        """(line index, matched text) of the first matches, at most one per line."""
        out: list[tuple[int, str]] = []
        seen: set[int] = set()
        starts, text = self.starts, self.text
        for start, end in self.spans(aliases):
            index = bisect_right(starts, start) - 1
            if index not in seen:
                seen.add(index)
                out.append((index, text[start:end]))
                if len(out) >= limit:
                    break
        return out

    def evidence(self, indexes: Iterable[int]) -> tuple[Evidence, ...]:
        return tuple(self.lines[i].evidence() for i in indexes)

    def fuzzy(self, alias: str, cutoff: float, limit: int = 3) -> list[int]:
        """Lines that nearly contain a multi-word alias (a typo: "rate limting"); see fuzzy.py.

        Its longer words that stand in the text anchor the search. A cheap test picks them
        first; only when that finds a line (rare) is the exact word list built to confirm.
        """
        words, long = fuzzy_words(alias)
        if not long:
            return []
        if len(self.lower) == len(self.text):
            # Anchors the search would find no line for are left out at once: no word
            # starts so, or no occurrence stands alone (the lines are looked up anyway).
            maybe = [w for w in long if self._may_start_word(w) and lines_with(self, w)]
        else:
            maybe = [w for w in long if self._may_have_word(w)]
        if not maybe:
            return []
        hits = near_lines(self, list(words), maybe, cutoff, limit)
        if hits:
            anchors = [w for w in long if self.has_word(w)]
            if anchors != maybe:
                hits = near_lines(self, list(words), anchors, cutoff, limit) if anchors else []
        return hits


def _matches(pattern: re.Pattern[str], haystack: str, first: str) -> Iterable[Span]:
    """pattern.finditer(haystack) as spans, for a pattern whose every match begins with the
    literal `first` (lower-cased as the haystack is, or "" when unknown).

    `re` looks for the literal start of a pattern much more slowly than str.find, so the
    occurrences of `first` are found by str.find and the pattern is tried at each: the same
    matches, in the same order (each search goes on after the last match, as finditer's).
    """
    if not first:
        return [m.span() for m in pattern.finditer(haystack)]
    out: list[Span] = []
    at = haystack.find(first)
    while at >= 0:
        m = pattern.match(haystack, at)
        if m is None:
            at = haystack.find(first, at + 1)
        else:
            end = m.end()
            out.append((at, end))
            at = haystack.find(first, end)
    return out
