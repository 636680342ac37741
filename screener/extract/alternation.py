"""Word-list patterns the regex engine can try quickly.

Python's engine tries the alternatives of `(?:engineer|developer|…)` one by one at every
position it tests; with a hundred words that is most of a line's cost. Grouping the words
by their first characters ("e(?:ngineer|ditor)|d(?:eveloper|irector)") lets it drop all but
one group on the first character. Alternatives in different groups start with different
characters, so they never match at the same place: the grouped pattern matches exactly
what the flat one does (each group keeps its alternatives in their written order).
"""

from __future__ import annotations

import re

# Characters that stand for themselves in a pattern (outside a class) when no quantifier
# follows: the only ones an alternative may be grouped by.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 &'’-")
_QUANTIFIERS = frozenset("?*+{")


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` ("a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"])."""
    parts: list[str] = []
    depth, in_class, escaped, start = 0, False, False, 0
    for n, c in enumerate(pattern):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:n])
            start = n + 1
    parts.append(pattern[start:])
    return parts


def by_initial(
    pattern: str, *, ignore_case: bool, depth: int = 2, any_order: bool = False
) -> str:
    """`pattern`, a plain "|"-separated word list, as "(?:…)" with the alternatives grouped
    by their first `depth` characters where that is safe (see the module's docstring).

    `any_order` is for a pattern only ever asked whether it matches (not where, nor what):
    then alternatives that cannot be grouped go last instead of keeping all of them flat.
    """
    alternatives = split_alternatives(pattern)
    if not any_order:
        return "(?:" + _grouped(alternatives, ignore_case, depth) + ")"
    leading = [a for a in alternatives if _leads(a)]
    others = [a for a in alternatives if not _leads(a)]
    grouped = [_grouped(leading, ignore_case, depth)] if leading else []
    return "(?:" + "|".join(grouped + others) + ")"


def _grouped(alternatives: list[str], ignore_case: bool, depth: int) -> str:
    if depth == 0 or not all(_leads(a) for a in alternatives):
        return "|".join(alternatives)  # some alternative may match at any first character
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        key = alternative[0].lower() if ignore_case else alternative[0]
        groups.setdefault(key, []).append(alternative)
    out = []
    for members in groups.values():
        first = members[0][0]
        rests = [m[1:] for m in members]
        inner = _grouped(rests, ignore_case, depth - 1) if len(rests) > 1 else rests[0]
        out.append(f"{first}(?:{inner})" if len(rests) > 1 else first + inner)
    return "|".join(out)


def _leads(alternative: str) -> bool:
    """Whether an alternative opens with one literal character that no quantifier follows."""
    return (
        bool(alternative)
        and alternative[0] in _PLAIN
        and alternative[1:2] not in _QUANTIFIERS
    )


# The only characters a case-blind match treats otherwise than their `str.lower()`: "İ"
# (which lower-cases to two characters), the dotless "ı" and the long "ſ" (which a
# case-blind "i" / "s" matches). Checked against every code point for the letters, classes
# ([a-z], \w, \s, \d) and word boundaries these patterns use.
_FOLDS_APART = re.compile("[İıſ]")


def matched_key(text: str) -> str:
    """What a case-blind pattern written in lower case matched, as that pattern spells it.

    Use it to look the matched text up in a table of lower-case words: `lower()` keeps
    "ı" and "ſ" (and makes "İ" two characters), which the pattern matched as "i" and "s".
    """
    key = text.lower()
    if key.isascii():
        return key
    return key.replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")


def lowers_exactly(text: str) -> bool:
    """Whether a case-blind pattern written in lower case matches `text` exactly where its
    case-bound twin matches `text.lower()` (same positions: the length is kept too)."""
    return text.isascii() or _FOLDS_APART.search(text) is None


class CaseBlind:
    """A case-blind pattern that is only asked whether, or how often, it matches.

    It runs case-bound on the lower-cased text: the same matches (see `lowers_exactly`),
    found about twice as fast, because the engine's quick first-character test does not work
    for case-blind letters. The case-blind pattern, needed only for text holding "İ", "ı" or
    "ſ", is compiled when first needed.
    """

    __slots__ = ("_pattern", "_blind", "_bound")

    def __init__(self, pattern: str) -> None:
        if pattern != pattern.lower():
            raise ValueError(f"write a case-blind pattern in lower case: {pattern[:60]}")
        self._pattern = pattern
        self._blind: re.Pattern[str] | None = None
        self._bound = re.compile(pattern)

    def _for(self, text: str) -> tuple[re.Pattern[str], str]:
        if lowers_exactly(text):
            return self._bound, text.lower()
        if self._blind is None:
            self._blind = re.compile(self._pattern, re.IGNORECASE)
        return self._blind, text

    def found(self, text: str) -> bool:
        pattern, text = self._for(text)
        return pattern.search(text) is not None

    def count(self, text: str) -> int:
        """How many matches `findall` would return."""
        pattern, text = self._for(text)
        return len(pattern.findall(text))
