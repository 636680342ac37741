"""Every alias and word start a rubric searches the text for, found in one pass per document.

A rubric's aliases (phrases, units, signs of open-source work, "willing to relocate"...) are
put in one trie of their lower-cased words, run together, with the separators an alias
allows (space, '-', '_', '/' or nothing) where its words meet. One regex over the text's
word starts (aliases.word_starts, where every separator is a space or '_') then says, for
each word start, the longest path of the trie it follows; the aliases and leads along that
path are the ones the text may hold there.

It is a necessary condition only: every alias whose regex matches at a word start is among
the candidates (its words stand there with separators between them), while a candidate may
still fail its regex (it ends inside a word, or '.' stood where a separator was). The regex
of each candidate still decides, so what evaluate() finds never depends on this pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from screener.evaluate.aliases import LOWER_WORD, probe

# The bytes a separator becomes in word_starts: '-', '/' and whitespace turn into spaces.
_SEPARATOR_BYTES = b" _"
_MOST_COVERS = 65536  # distinct word-start paths remembered per rubric (a bound, rarely met)

Terms = tuple[frozenset[str], frozenset[str]]  # (leads, aliases)


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    boundary: bool = False  # some entry's next word starts here: separators may come first
    leads: set[str] = field(default_factory=set)  # entries that end here
    aliases: set[str] = field(default_factory=set)


class RubricMatcher:
    """The candidates for a rubric's aliases and word starts in one text (see the module doc)."""

    def __init__(self, aliases: Iterable[str], leads: Iterable[str]) -> None:
        root = _Node()
        known: set[str] = set()
        always: set[str] = set()  # aliases this pass cannot rule out
        scanned: set[str] = set()
        for alias in aliases:
            known.add(alias)
            p = probe(alias)
            if p.joined is not None and LOWER_WORD.fullmatch(p.folded):
                _add(root, [w.lower() for w in p.words], alias=alias)
            elif LOWER_WORD.fullmatch(p.folded):
                # Words with other characters ("node.js"): its first word's start is enough.
                _add(root, [p.folded], alias=alias)
            else:
                always.add(alias)
        for lead in leads:
            if LOWER_WORD.fullmatch(lead):
                scanned.add(lead)
                _add(root, [lead], lead=lead)
        self.aliases = frozenset(known)
        self.always = frozenset(always)
        self.leads = frozenset(scanned)
        self._root = root
        body = _pattern(root)
        # A look-ahead: a path that runs over several words must not hide the word starts
        # inside it.
        self._pattern = re.compile((" (?=(" + body + "))").encode()) if body else None
        self._covers: dict[bytes, Terms] = {}

    def scan(self, starts: bytes) -> Terms:
        """(leads some word starts with, aliases that may match) for a text's word starts."""
        leads: set[str] = set()
        found: set[str] = set(self.always)
        if self._pattern is not None:
            covers = self._covers
            for path in set(self._pattern.findall(starts)):
                terms = covers.get(path)
                if terms is None:
                    terms = self._cover(path)
                leads |= terms[0]
                found |= terms[1]
        return frozenset(leads), frozenset(found)

    def _cover(self, path: bytes) -> Terms:
        """The leads and aliases that end on a path through the trie (separators left out)."""
        leads: set[str] = set()
        found: set[str] = set()
        node = self._root
        for ch in path.translate(None, _SEPARATOR_BYTES).decode():
            node = node.children[ch]
            leads |= node.leads
            found |= node.aliases
        terms = (frozenset(leads), frozenset(found))
        if len(self._covers) >= _MOST_COVERS:
            self._covers.clear()
        self._covers[path] = terms
        return terms


def _add(root: _Node, words: list[str], *, alias: str | None = None, lead: str | None = None) -> None:
    node = root
    for i, word in enumerate(words):
        if i:
            node.boundary = True
        for ch in word:
            node = node.children.setdefault(ch, _Node())
    if alias is not None:
        node.aliases.add(alias)
    if lead is not None:
        node.leads.add(lead)


def _pattern(node: _Node) -> str:
    """A regex for the paths below `node` that end where some entry ends; longest first.

    Children start with different characters, so at most one branch goes on at each step.
    """
    branches = [re.escape(ch) + _pattern(sub) for ch, sub in sorted(node.children.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if node.boundary:
        body = "[ _]*" + body
    if node.leads or node.aliases:
        return f"(?:{body})?"
    return body
