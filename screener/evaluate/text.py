"""Finding rubric phrases in a document: one regex per concept over the whole text, fuzzy as a fallback.

Alias syntax (docs/rubric.md): words match with any of space, '-', '_', '/' or nothing
between them; a trailing '*' matches any word ending ("shard*" finds "sharding");
an alias written in capitals ("CAP", "TLS") matches only in capitals, the rest ignore case.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from screener.models import Document, Evidence, Line

_SPLIT = re.compile(r"[\s\-_/]+")
_WORD = re.compile(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]")
_JOIN = r"[\s\-_/]*"
_RUN = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _is_capitals(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def alias_pattern(alias: str) -> str:
    """The regex source for one alias, with its own case rule as a scoped flag."""
    prefix = alias.endswith("*")
    words = [w for w in _SPLIT.split(alias.rstrip("*").strip()) if w]
    body = _JOIN.join(re.escape(w) for w in words)
    body = rf"(?<!\w){body}" + (r"\w*" if prefix else r"(?!\w)")
    return body if _is_capitals(alias) else f"(?i:{body})"


@lru_cache(maxsize=512)
def compile_aliases(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation for all aliases of a concept; longest first so the fullest form wins."""
    ordered = sorted(set(aliases), key=len, reverse=True)
    return re.compile("|".join(alias_pattern(a) for a in ordered))


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


@lru_cache(maxsize=512)
def _probes(aliases: tuple[str, ...]) -> tuple[tuple[str, str, bool], ...]:
    return tuple((a, first_literal(a), _is_capitals(a)) for a in aliases)


@dataclass
class DocText:
    """The document's lines joined once, with a map from text offsets back to lines."""

    lines: Sequence[Line]
    text: str = ""
    starts: list[int] = field(default_factory=list)
    _vocab: list[str] | None = None  # sorted lower-case words
    _tokens: dict[int, list[str]] = field(default_factory=dict)
    _lower_text: str | None = None

    @classmethod
    def of(cls, document: Document) -> DocText:
        starts: list[int] = []
        offset = 0
        for line in document.lines:
            starts.append(offset)
            offset += len(line.text) + 1
        return cls(document.lines, "\n".join(line.text for line in document.lines), starts)

    def index_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def present(self, aliases: tuple[str, ...]) -> tuple[str, ...]:
        """The aliases that can match at all: some word of the text starts with the alias's
        first word (a binary search in the sorted vocabulary). Most aliases are absent from
        most résumés, so most regexes never run."""
        if self._vocab is None:
            if self._lower_text is None:
                self._lower_text = self.text.lower()
            self._vocab = sorted(set(_RUN.findall(self._lower_text)))
        vocab, text = self._vocab, self.text
        out = []
        for alias, probe, caps in _probes(aliases):
            if caps:  # few aliases are in capitals: a substring test is enough
                if probe in text:
                    out.append(alias)
                continue
            i = bisect_left(vocab, probe)
            if not probe or (i < len(vocab) and vocab[i].startswith(probe)):
                out.append(alias)
        return tuple(out)

    def has_word(self, word: str) -> bool:
        """Whether the lower-cased text has exactly this word."""
        self.present(())
        assert self._vocab is not None
        lower = self._vocab
        i = bisect_left(lower, word)
        return i < len(lower) and lower[i] == word

    def spans(self, aliases: tuple[str, ...]) -> list[tuple[int, int]]:
        """(start, end) of every alias match in document order.

        One plain regex per alias present, on the lower-cased text unless the alias is in
        capitals: a pattern with a literal start and no flags is many times faster in `re`
        than one alternation with case folding and look-behinds.
        """
        present = self.present(aliases)
        if not present:
            return []
        text = self.text
        if self._lower_text is None:
            self._lower_text = text.lower()
        lower = self._lower_text
        same_length = len(lower) == len(text)  # case folding can change length ("İ")
        found: set[tuple[int, int]] = set()
        for alias in present:
            pattern, caps = _plain_pattern(alias)
            if not caps and not same_length:
                pattern, haystack = compile_aliases((alias,)), text
            else:
                haystack = text if caps else lower
            for m in pattern.finditer(haystack):
                start = m.start()
                if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                    continue  # inside a word: "scap" is not "CAP"
                found.add((start, m.end()))
        return sorted(found)

    def find_aliases(self, aliases: tuple[str, ...], limit: int = 5) -> list[tuple[int, str]]:
        """(line index, matched text) of the first matches, at most one per line."""
        out: list[tuple[int, str]] = []
        seen: set[int] = set()
        for start, end in self.spans(aliases):
            index = self.index_at(start)
            if index not in seen:
                seen.add(index)
                out.append((index, self.text[start:end]))
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

    def _line_tokens(self, index: int) -> list[str]:
        tokens = self._tokens.get(index)
        if tokens is None:
            tokens = self._tokens[index] = _WORD.findall(self.lines[index].text.lower())
        return tokens

    def fuzzy(self, alias: str, cutoff: float, limit: int = 3) -> list[int]:
        """Lines that nearly contain a multi-word alias (a typo: "rate limting").

        Only the words around an exact occurrence of one of the alias's longer words are
        compared, as runs of whole words of about the alias's length (rapidfuzz ratio), never
        parts of words: "workload balancing" is not "load balancing", "sharing" not "sharding".
        """
        words = [w.lower() for w in _SPLIT.split(alias.rstrip("*")) if w]
        if alias.endswith("*") or len(words) < 2 or len(alias) < 8 or _is_capitals(alias):
            return []
        anchors = [w for w in words if len(w) >= 4 and self.has_word(w)]
        if not anchors:
            return []
        from screener.matching import similarity

        if self._lower_text is None:
            self._lower_text = self.text.lower()
        lower = self._lower_text
        target = " ".join(words)
        n = len(words)
        hits: list[int] = []
        for anchor in anchors:
            at = lower.find(anchor)
            while at >= 0 and len(hits) < limit:
                i = self.index_at(at)
                at = lower.find(
                    anchor, self.starts[i + 1] if i + 1 < len(self.starts) else len(lower)
                )
                if i in hits:
                    continue
                line = self._line_tokens(i)
                if any(
                    similarity(target, " ".join(line[k : k + size])) >= cutoff
                    for j, token in enumerate(line)
                    if token == anchor
                    for size in (n - 1, n, n + 1)
                    for k in range(max(0, j - size + 1), j + 1)
                ):
                    hits.append(i)
        return sorted(hits)


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
