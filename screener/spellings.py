"""Finding every spelling of every skill in a text, with one prefix tree of tokens.

The spellings, cut into tokens, form a prefix tree of dicts, so each word of the text
costs one look-up; building the tree costs a millisecond where compiling the same tree
as one regular expression cost a tenth of a second in every process. The expression is
still built, on demand, for the rare text whose lower case is longer than itself ("İ").
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import cached_property

from screener.taxonomy import Spelling, fold

# How a text is cut to look spellings up: runs of word characters, runs of spaces and
# hyphens (a space in a spelling stands for any such run, but not for a line break), and
# single other characters. A spelling (folded) is cut the same way.
_WORD_RUN = re.compile(r"\w+")
_GAP_RUN = re.compile(r"[ \t\u00a0\-\u2010\u2011]+")
_TEXT_GAP = frozenset(" \t\u00a0-\u2010\u2011")
_KEY_TOKEN = re.compile(r"\w+| |.", re.DOTALL)
# What may not follow a spelling, besides a letter or digit when it ends in one.
_AFTER_WORD = frozenset("_+#")
_AFTER_SYMBOL = frozenset(string.ascii_letters + "+#")


class SpellingScanner:
    """Scans texts for a taxonomy's spellings (folded spelling -> what it means)."""

    def __init__(self, spellings: dict[str, Spelling]) -> None:
        self._spellings = spellings

    def scan(self, text: str) -> Iterator[tuple[int, int, str, bool]]:
        """Every spelling in `text`: (start, end, skill, strong?), left to right, longest first.

        Where a spelling may start (a word, or a symbol some spelling starts with, not after
        a letter, digit or "@"), the tokens that follow are walked down a prefix tree of the
        spellings' tokens; the longest spelling whose end is not glued to more word wins, as
        the one big expression `pattern` would match it. Case rules are then checked on
        the original text.
        """
        lowered = text.lower()
        if len(lowered) != len(text):  # a character whose lower case is longer ("İ")
            yield from self._scan_ignoring_case(text)
            return
        tree, after_gap, starts = self._tree
        resume = 0
        for first in starts.finditer(lowered):
            word = first.group()
            node = tree.get(word)
            if node is None:
                continue
            start = first.start()
            if start < resume:
                continue  # inside the spelling found last
            end = first.end()
            if node.__class__ is dict:  # longer spellings start here: walk only if one may
                char = lowered[end : end + 1]
                if char in _TEXT_GAP:  # the cheap test: does a next token follow the gap?
                    walk = lowered.startswith(after_gap.get(word, ()), end + 1)
                else:  # a symbol ("node.js"), or a word after a symbol (".net")
                    walk = char != "" and (char in node or char.isalnum() or char == "_")
                if walk:
                    found = _longest(node, lowered, end)
                    if found is None:
                        continue
                    end, spelling = found
                    node = None
                else:
                    node = node.get("")
                    if node is None:
                        continue
            if node is not None:  # (spelling, word_end): a spelling ends after one token
                spelling, word_end = node
                if not _may_end(lowered[end : end + 1], word_end):
                    continue
            resume = end
            if spelling.any_case:
                yield start, end, spelling.skill, True
            else:
                strong = spelling.judge(text[start:end])
                if strong is not None:
                    yield start, end, spelling.skill, strong

    def _scan_ignoring_case(self, text: str) -> Iterator[tuple[int, int, str, bool]]:
        """`scan` with the one big expression, for the rare text whose lower case is longer."""
        spellings = self._spellings
        for match in self.pattern.finditer(text):
            start, end = match.span()
            found = match.group()
            spelling = spellings.get(found.lower()) or spellings.get(fold(found))
            if spelling is None:
                continue
            strong = spelling.judge(found)
            if strong is not None:
                yield start, end, spelling.skill, strong

    @cached_property
    def _tree(self) -> tuple[dict, dict[str, tuple[str, ...]], re.Pattern[str]]:
        """The spellings as a prefix tree of tokens, and where in a text a spelling may start.

        A node maps a token to the next node; under "" it holds the spelling that ends
        there and whether its last character is alphanumeric (which decides what may follow).
        A first token that no longer spelling shares maps straight to that pair.
        """
        tree: dict = {}
        symbols: set[str] = set()
        for key, spelling in self._spellings.items():
            tokens = _KEY_TOKEN.findall(key)
            if not tokens[0][0].isalnum() and tokens[0][0] != "_":
                symbols.add(tokens[0])  # ".net": a spelling may start at a "."
            node = tree
            for token in tokens:
                node = node.setdefault(token, {})
            node[""] = (spelling, key[-1].isalnum())
        # What may follow a gap after a first token (a longer gap, too), for a quick test.
        after_gap = {
            token: (*node[" "], *_TEXT_GAP) for token, node in tree.items() if " " in node
        }
        for token, node in tree.items():
            if len(node) == 1 and "" in node:
                tree[token] = node[""]  # a leaf: (spelling, word_end) without the dict
        first = r"\w+" + "".join(f"|{re.escape(s)}" for s in sorted(symbols))
        return tree, after_gap, re.compile(rf"(?<![\w@])(?:{first})")

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """One expression matching every spelling, whole words only, case ignored."""
        return re.compile(self._source, re.IGNORECASE)

    @cached_property
    def _source(self) -> str:
        return r"(?<![\w@])(?:" + _trie_regex(sorted(self._spellings)) + ")"


def _may_end(after: str, word_end: bool) -> bool:
    """Whether a spelling may end before `after` (its next character, or "" at the end).

    One ending in a letter or digit must not be followed by a word character, "+" or "#"
    ("Go" is not in "Gold", "C" not in "C++"); one ending in a symbol must not be followed
    by a letter, "+" or "#" ("C++" is in "C++17").
    """
    if word_end:
        return not (after.isalnum() or after in _AFTER_WORD)
    return after not in _AFTER_SYMBOL


def _longest(node: dict, lowered: str, pos: int) -> tuple[int, Spelling] | None:
    """The end and meaning of the longest spelling that goes on from `node` at `pos`.

    The next character tells which token may follow, so most walks stop without a regex.
    """
    best = None
    while True:
        ending = node.get("")
        if ending is not None:
            if _may_end(lowered[pos : pos + 1], ending[1]):
                best = (pos, ending[0])
            if len(node) == 1:
                return best
        char = lowered[pos : pos + 1]
        if not char:
            return best
        if char in _TEXT_GAP:
            node = node.get(" ")
            if node is not None:
                pos = _GAP_RUN.match(lowered, pos).end()
        elif char.isalnum() or char == "_":  # what \w matches
            word = _WORD_RUN.match(lowered, pos)
            node = node.get(word.group())
            pos = word.end()
        else:
            node = node.get(char)
            pos += 1
        if node is None:
            return best


def _trie_regex(keys: list[str]) -> str:
    """A regex for the folded keys, sharing prefixes; a space stands for spaces or hyphens."""
    trie: dict = {}
    for key in keys:
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = key
    return _node_regex(trie)


def _node_regex(node: dict) -> str:
    branches = []
    for char in sorted(k for k in node if k):
        atom = r"[ \t\u00a0\-\u2010\u2011]+" if char == " " else re.escape(char)
        branches.append(atom + _node_regex(node[char]))
    if "" in node:
        # End of a spelling: the next character must not continue a word. A spelling that
        # ends in a symbol ("C++", "C#") may be followed by digits ("C++17").
        last = node[""][-1]
        branches.append(r"(?![\w+#])" if last.isalnum() else r"(?![A-Za-z+#])")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
