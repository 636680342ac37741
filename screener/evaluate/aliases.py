"""Rubric aliases as regexes, and a one-pass test of which aliases a text can hold at all.

Alias syntax (docs/rubric.md): words match with any of space, '-', '_', '/' or nothing
between them; a trailing '*' matches any word ending ("shard*" finds "sharding");
an alias written in capitals ("CAP", "TLS") matches only in capitals, the rest ignore case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SEPARATORS = re.compile(r"[\s\-_/]+")
_JOIN = r"[\s\-_/]*"
WORD_RUN = re.compile(r"\w+")

# The only characters that match an ASCII letter under IGNORECASE without lower-casing to
# it (İ ı ſ K; a test checks the list): in a text without them, an alias that ignores case
# matches exactly where its lower-cased form stands in the lower-cased text.
ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")

LOWER_WORD = re.compile(r"[a-z0-9_]+")  # the word starts word_starts can show
# Bytes that can be part of an ASCII word; everything else (and every non-ASCII character,
# encoded as "?") becomes a space, so " " + word marks where a word starts.
_WORD_BYTES = bytes(
    c if (97 <= c <= 122 or 48 <= c <= 57 or c == 95) else 32 for c in range(256)
)


@lru_cache(maxsize=4096)
def is_capitals(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _words(alias: str) -> list[str]:
    return [w for w in SEPARATORS.split(alias.rstrip("*").strip()) if w]


def _tail(alias: str) -> str:
    """The alias after its word start: words joined loosely, then its end rule."""
    body = _JOIN.join(re.escape(w) for w in _words(alias))
    return body + (r"\w*" if alias.endswith("*") else r"(?!\w)")


def alias_pattern(alias: str) -> str:
    """The regex source for one alias, with its own case rule as a scoped flag."""
    body = rf"(?<!\w){_tail(alias)}"
    return body if is_capitals(alias) else f"(?i:{body})"


@lru_cache(maxsize=512)
def compile_aliases(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation for all aliases of a concept; longest first so the fullest form wins.

    The word-start test is the same for every alias, so it stands once before the
    alternation instead of in each branch: `re` then tries the branches only at word starts.
    """
    ordered = sorted(set(aliases), key=len, reverse=True)
    branches = (_tail(a) if is_capitals(a) else f"(?i:{_tail(a)})" for a in ordered)
    return re.compile(r"(?<!\w)(?:" + "|".join(branches) + ")")


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


def first_literal(alias: str) -> str:
    """How every match of the alias begins: the word characters leading its first word
    ("node" for "Node.js"). A match starts at a word edge, so some word of the text starts so."""
    word = next((w for w in SEPARATORS.split(alias.rstrip("*")) if w), "")
    lead = WORD_RUN.match(word)
    probe = lead.group(0) if lead else ""
    return probe if is_capitals(alias) else probe.lower()


@lru_cache(maxsize=2048)
def plain_pattern(alias: str) -> tuple[re.Pattern[str], bool]:
    """The alias as a flag-free regex (lower-cased unless in capitals); the caller checks
    that a match starts a word."""
    caps = is_capitals(alias)
    words = [w if caps else w.lower() for w in _words(alias)]
    body = _JOIN.join(re.escape(w) for w in words)
    return re.compile(body + (r"\w*" if alias.endswith("*") else r"(?!\w)")), caps


@lru_cache(maxsize=2048)
def alias_start(alias: str) -> str:
    """The literal every match of plain_pattern(alias) begins with: its first word."""
    caps = is_capitals(alias)
    words = _words(alias)
    return (words[0] if caps else words[0].lower()) if words else ""


@dataclass(frozen=True, slots=True)
class Probe:
    """What a text must hold for the alias to match: a word starting with `lead`, and each
    of `words` somewhere (as written for capitals, lower-cased otherwise). When the words
    are all letters and digits, `joined` is them run together: a match then stands in the
    text with everything but letters and digits taken out (see squeeze)."""

    alias: str
    lead: str
    caps: bool
    words: tuple[str, ...]
    joined: bytes | None
    folded: str  # lead lower-cased


_ALNUM_WORD = re.compile(r"[A-Za-z0-9]+")


@lru_cache(maxsize=2048)
def probe(alias: str) -> Probe:
    caps = is_capitals(alias)
    words = tuple(w if caps else w.lower() for w in _words(alias))
    plain = all(w.isascii() and _ALNUM_WORD.fullmatch(w) for w in words)
    joined = "".join(words).encode() if plain else None
    lead = first_literal(alias)
    return Probe(alias, lead, caps, words, joined, lead.lower())


# Every byte but ASCII letters and digits; non-ASCII characters are encoded as "?".
_NOT_ALNUM = bytes(c for c in range(256) if not (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122))


def squeeze(text: str) -> bytes:
    """The text's ASCII letters and digits alone, in order: "rate-limiting" -> b"ratelimiting".

    An alias's words are joined by separators or nothing, so where it matches, its words
    run together in here: one substring test rules out most two-word aliases."""
    return text.encode("ascii", "replace").translate(None, _NOT_ALNUM)


@lru_cache(maxsize=512)
def probes(aliases: tuple[str, ...]) -> tuple[Probe, ...]:
    return tuple(probe(a) for a in aliases)


@dataclass(frozen=True, slots=True)
class ProbeGroup:
    probes: tuple[Probe, ...]
    leads: frozenset[str]  # every probe's `folded`


@lru_cache(maxsize=512)
def probe_group(aliases: tuple[str, ...]) -> ProbeGroup:
    found = probes(aliases)
    return ProbeGroup(found, frozenset(p.folded for p in found))


def word_starts(lower: str) -> bytes:
    """The lower-cased text as bytes where " " + w stands wherever an ASCII word starts with w."""
    return b" " + lower.encode("ascii", "replace").translate(_WORD_BYTES)
