"""Finding rubric phrases in a document: one regex per concept over the whole text, fuzzy as a fallback.

Alias syntax (docs/rubric.md): words match with any of space, '-', '_', '/' or nothing
between them; a trailing '*' matches any word ending ("shard*" finds "sharding");
an alias written in capitals ("CAP", "TLS") matches only in capitals, the rest ignore case.

Cost: evaluate() asks the same document for many alias lists, so a DocText remembers what it
has found (which aliases can match, each alias's matches) for the criteria that come after.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any

from screener.evaluate.fuzzy import near_lines
from screener.models import Document, Evidence, Line

_SPLIT = re.compile(r"[\s\-_/]+")
_JOIN = r"[\s\-_/]*"
_RUN = re.compile(r"\w+")

Span = tuple[int, int]


@lru_cache(maxsize=4096)
def _is_capitals(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _body(alias: str) -> str:
    """The alias after its word start: words joined loosely, then its end rule, with its case rule."""
    prefix = alias.endswith("*")
    words = [w for w in _SPLIT.split(alias.rstrip("*").strip()) if w]
    body = _JOIN.join(re.escape(w) for w in words) + (r"\w*" if prefix else r"(?!\w)")
    return body if _is_capitals(alias) else f"(?i:{body})"


def alias_pattern(alias: str) -> str:
    """The regex source for one alias, with its own case rule as a scoped flag."""
    body = _body(alias)
    if body.startswith("(?i:"):
        return rf"(?i:(?<!\w){body[4:]}"
    return rf"(?<!\w){body}"


@lru_cache(maxsize=512)
def compile_aliases(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation for all aliases of a concept; longest first so the fullest form wins.

    The word-start test is the same for every alias, so it stands once before the
    alternation instead of in each branch: `re` then tries the branches only at word starts.
    """
    ordered = sorted(set(aliases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(_body(a) for a in ordered) + ")")


def first_literal(alias: str) -> str:
    """How every match of the alias begins: the word characters leading its first word
    ("node" for "Node.js"). A match starts at a word edge, so some word of the text starts so."""
    word = next((w for w in _SPLIT.split(alias.rstrip("*")) if w), "")
    lead = _RUN.match(word)
    probe = lead.group(0) if lead else ""
    return probe if _is_capitals(alias) else probe.lower()


@lru_cache(maxsize=2048)
def _plain_pattern(alias: str) -> tuple[re.Pattern[str], bool]:
    """The alias as a flag-free regex (lower-cased unless in capitals); the word start is checked by the caller."""
    caps = _is_capitals(alias)
    prefix = alias.endswith("*")
    words = [w if caps else w.lower() for w in _SPLIT.split(alias.rstrip("*").strip()) if w]
    body = _JOIN.join(re.escape(w) for w in words)
    return re.compile(body + (r"\w*" if prefix else r"(?!\w)")), caps


def _literals(alias: str) -> tuple[str, ...]:
    """The words every match of the alias holds as written (lower-cased unless in capitals)."""
    caps = _is_capitals(alias)
    return tuple(w if caps else w.lower() for w in _SPLIT.split(alias.rstrip("*").strip()) if w)


@lru_cache(maxsize=512)
def _probes(aliases: tuple[str, ...]) -> tuple[tuple[str, str, bool, tuple[str, ...]], ...]:
    return tuple((a, first_literal(a), _is_capitals(a), _literals(a)) for a in aliases)


# The only characters that match an ASCII letter under IGNORECASE without lower-casing to it
# (İ ı ſ K; a test checks the list): in a text without them, an alias that ignores case
# matches only where its lower-cased words stand in the lower-cased text.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


@dataclass
class DocText:
    """The document's lines joined once, with a map from text offsets back to lines, and
    what has been found in it so far (shared by all the criteria of one evaluate call)."""

    lines: Sequence[Line]
    text: str = ""
    starts: list[int] = field(default_factory=list)
    _vocab: list[str] | None = None  # sorted lower-case words
    _lower_text: str | None = None
    _present: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    _spans: dict[str, list[Span]] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)  # values the checks derive once

    @classmethod
    def of(cls, document: Document) -> DocText:
        texts = [line.text for line in document.lines]
        starts = [0, *accumulate(len(t) + 1 for t in texts)]
        starts.pop()
        return cls(document.lines, "\n".join(texts), starts)

    @property
    def lower(self) -> str:
        if self._lower_text is None:
            self._lower_text = self.text.lower()
        return self._lower_text

    def index_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def _vocabulary(self) -> list[str]:
        if self._vocab is None:
            self._vocab = sorted(set(_RUN.findall(self.lower)))
        return self._vocab

    def present(self, aliases: tuple[str, ...]) -> tuple[str, ...]:
        """The aliases that can match at all: some word of the text starts with the alias's
        first word (a binary search in the sorted vocabulary). Most aliases are absent from
        most résumés, so most regexes never run."""
        out = self._present.get(aliases)
        if out is not None:
            return out
        vocab, text = self._vocabulary(), self.text
        size = len(vocab)
        lower = self.lower if self._plain_folds() else None
        found = []
        for alias, probe, caps, words in _probes(aliases):
            if caps:  # few aliases are in capitals: substring tests are enough
                if probe in text and all(w in text for w in words):
                    found.append(alias)
                continue
            i = bisect_left(vocab, probe)
            if not probe or (i < size and vocab[i].startswith(probe)):
                # Every word must stand somewhere: most aliases of two words fail here
                # ("event bus" where only "event" is), which is cheaper than their regex.
                if lower is None or all(w in lower for w in words):
                    found.append(alias)
        out = self._present[aliases] = tuple(found)
        return out

    def _plain_folds(self) -> bool:
        """Whether ignoring case here is the same as lower-casing (no İ ı ſ K in the text)."""
        plain = self.memo.get("plain_folds")
        if plain is None:
            plain = self.memo["plain_folds"] = _ODD_FOLDS.search(self.text) is None
        return plain

    def has_word(self, word: str) -> bool:
        """Whether the lower-cased text has exactly this word."""
        vocab = self._vocabulary()
        i = bisect_left(vocab, word)
        return i < len(vocab) and vocab[i] == word

    def spans(self, aliases: tuple[str, ...]) -> list[Span]:
        """(start, end) of every alias match in document order."""
        present = self.present(aliases)
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
        found = self._spans.get(alias)
        if found is not None:
            return found
        text, lower = self.text, self.lower
        pattern, caps = _plain_pattern(alias)
        if not caps and len(lower) != len(text):  # case folding changed lengths ("İ")
            pattern, haystack = compile_aliases((alias,)), text
        else:
            haystack = text if caps else lower
        found = []
        for m in pattern.finditer(haystack):
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # inside a word: "scap" is not "CAP"
            found.append((start, m.end()))
        self._spans[alias] = found
        return found

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

    def find(self, pattern: re.Pattern[str], limit: int = 5) -> list[tuple[int, str]]:
        """(line index, matched text) of the first matches, at most one per line."""
        out: list[tuple[int, str]] = []
        seen: set[int] = set()
        for match in pattern.finditer(self.text):
            index = self.index_at(match.start())
            if index not in seen:
                seen.add(index)
                out.append((index, match.group(0)))
                if len(out) >= limit:
                    break
        return out

    def evidence(self, indexes: Iterable[int]) -> tuple[Evidence, ...]:
        return tuple(self.lines[i].evidence() for i in indexes)

    def fuzzy(self, alias: str, cutoff: float, limit: int = 3) -> list[int]:
        """Lines that nearly contain a multi-word alias (a typo: "rate limting"); see fuzzy.py."""
        words = [w.lower() for w in _SPLIT.split(alias.rstrip("*")) if w]
        if alias.endswith("*") or len(words) < 2 or len(alias) < 8 or _is_capitals(alias):
            return []
        anchors = [w for w in words if len(w) >= 4 and self.has_word(w)]
        if not anchors:
            return []
        return near_lines(self, words, anchors, cutoff, limit)


@dataclass(frozen=True, slots=True)
class ConceptHit:
    name: str
    lines: tuple[int, ...]
    fuzzy: bool = False


def find_concept(
    doc: DocText, name: str, aliases: tuple[str, ...], *, fuzzy: bool = False, cutoff: float = 90.0
) -> ConceptHit | None:
    """Where a concept is named: exact (regex) first, then, if allowed, near spellings."""
    found = doc.find_aliases(aliases)
    if found:
        return ConceptHit(name, tuple(i for i, _ in found))
    if fuzzy:  # only the concept's own name: its aliases are already the spelled-out variants
        hits = doc.fuzzy(name, cutoff)
        if hits:
            return ConceptHit(name, tuple(hits), fuzzy=True)
    return None


def matches_any(aliases: tuple[str, ...], *texts: str | None) -> str | None:
    """The first alias text found in any of `texts` (for titles, fields, places)."""
    if not aliases:
        return None
    pattern = compile_aliases(aliases)
    for text in texts:
        if text:
            match = pattern.search(text)
            if match:
                return match.group(0)
    return None
