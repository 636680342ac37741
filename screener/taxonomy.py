"""The skill taxonomy: canonical names, aliases, categories and implications, from data/skills.yaml.

`load_taxonomy()` reads the packaged YAML once per process. Besides name look-ups it
compiles the one regular expression the skills stage runs over a whole document: every
spelling of every skill, folded into a prefix tree so that each text position is tried
against a handful of branches instead of a thousand alternatives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources

CATEGORIES = frozenset(
    {"language", "backend", "frontend", "mobile", "cloud", "data", "devops", "security",
     "practice", "testing", "tool"}
)
_GAP = re.compile(r"[\s\-\u2010\u2011]+")  # spaces, hyphens, Unicode hyphens


def fold(text: str) -> str:
    """The look-up key of a spelling: lower case, runs of spaces and hyphens as one space."""
    return _GAP.sub(" ", text.strip().lower())


@dataclass(frozen=True, slots=True)
class Skill:
    """One taxonomy entry (see the header of data/skills.yaml for the meaning of each field)."""

    name: str
    category: str
    aliases: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    context: str = "list"  # for weak spellings: "list" or "parent"
    parents: tuple[str, ...] = ()
    exact: bool | tuple[str, ...] = False  # True: every strong spelling; or the ones listed
    reject_after: tuple[str, ...] = ()
    context_with: tuple[str, ...] = ()  # "parent" context: other skills that also vouch


@dataclass(frozen=True, slots=True)
class Spelling:
    """What one folded spelling means, and which written forms of it count how.

    `any_case`: a strong spelling matched in any case. Otherwise `initials` holds the
    first characters a strong match must start with ("Helm charts" but not "at the helm"),
    `upper` says that capitals count (an acronym: "REST" but not "rest"), and `weak_forms`
    holds the exact forms (spaces folded) that count only in context.
    """

    skill: str
    any_case: bool = False
    initials: frozenset[str] = frozenset()
    upper: bool = False
    weak_forms: frozenset[str] = frozenset()

    def judge(self, matched: str) -> bool | None:
        """True: a strong mention; False: a weak one (needs context); None: not this skill."""
        if self.any_case or matched[:1] in self.initials or (self.upper and matched.isupper()):
            return True
        if _GAP.sub(" ", matched) in self.weak_forms:
            return False
        return None


@dataclass(frozen=True)
class Taxonomy:
    skills: tuple[Skill, ...]
    _by_name: dict[str, Skill] = field(init=False, repr=False, compare=False)
    _spellings: dict[str, Spelling] = field(init=False, repr=False, compare=False)
    _ancestors: dict[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name: dict[str, Skill] = {}
        spellings: dict[str, Spelling] = {}
        for skill in self.skills:
            if skill.name in by_name:
                raise ValueError(f"skill {skill.name!r} is declared twice")
            by_name[skill.name] = skill
        for skill in self.skills:
            if skill.category not in CATEGORIES:
                raise ValueError(f"{skill.name}: unknown category {skill.category!r}")
            for parent in skill.parents:
                if parent not in by_name:
                    raise ValueError(f"{skill.name}: unknown parent {parent!r}")
            for other in skill.context_with:
                if other not in by_name:
                    raise ValueError(f"{skill.name}: unknown context skill {other!r}")
            strong = [s for s in dict.fromkeys((skill.name, *skill.aliases)) if s not in skill.weak]
            exact = {fold(s) for s in skill.exact} if isinstance(skill.exact, tuple) else set()
            for text, weak in [(s, False) for s in strong] + [(w, True) for w in skill.weak]:
                key = fold(text)
                known = spellings.get(key) or Spelling(skill.name)
                if known.skill != skill.name:
                    raise ValueError(f"spelling {text!r} belongs to {known.skill} and {skill.name}")
                spelled = _GAP.sub(" ", text.strip())
                if weak:
                    known = replace(known, weak_forms=known.weak_forms | {spelled, spelled.upper()})
                elif not (skill.exact is True or key in exact):
                    known = replace(known, any_case=True)
                elif spelled.isupper():
                    known = replace(known, upper=True)
                else:
                    known = replace(known, initials=known.initials | {spelled[0], spelled[0].upper()})
                spellings[key] = known
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_spellings", spellings)
        # Computed once: it also fails at load time on a cycle of parents.
        object.__setattr__(self, "_ancestors", {s.name: _ancestors(self, s.name) for s in self.skills})

    # ------------------------------------------------------------------ look-ups

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.skills)

    def skill(self, name: str) -> Skill:
        return self._by_name[name]

    def canonical(self, name_or_alias: str) -> str | None:
        """The canonical name for a name or alias, ignoring case; None if unknown."""
        spelling = self._spellings.get(fold(name_or_alias))
        return spelling.skill if spelling else None

    def category(self, name: str) -> str | None:
        canonical = self.canonical(name)
        return self._by_name[canonical].category if canonical else None

    def parents(self, name: str) -> tuple[str, ...]:
        """The skills this one directly implies, as declared."""
        canonical = self.canonical(name)
        return self._by_name[canonical].parents if canonical else ()

    def ancestors(self, name: str) -> tuple[str, ...]:
        """Every skill implied by this one, nearest first (parents, then theirs)."""
        found = self._ancestors.get(name)
        if found is None:
            canonical = self.canonical(name)
            found = self._ancestors[canonical] if canonical else ()
        return found

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """The canonical names closest to a misspelt one, for "did you mean" messages."""
        from screener.matching import closest

        by_key = {fold(s.name): s.name for s in self.skills}
        for key, spelling in self._spellings.items():
            by_key.setdefault(key, spelling.skill)
        found: list[str] = []
        for key in closest(fold(name), list(by_key), limit=limit * 3):
            if by_key[key] not in found:
                found.append(by_key[key])
        return found[:limit]

    def spelling(self, matched: str) -> tuple[str, bool] | None:
        """What text matched by `pattern` means: (skill, strong?), or None if its case is wrong."""
        spelling = self._spellings.get(matched.lower()) or self._spellings.get(fold(matched))
        if spelling is None:
            return None
        strong = spelling.judge(matched)
        return None if strong is None else (spelling.skill, strong)

    def scan(self, text: str) -> Iterator[tuple[int, int, str, bool]]:
        """Every spelling in `text`: (start, end, skill, strong?), left to right, longest first.

        The expression runs over a lower-cased copy (case-sensitive matching is faster than
        IGNORECASE); case rules are then checked on the original text.
        """
        lowered = text.lower()
        if len(lowered) == len(text):
            matches = self._lower_pattern.finditer(lowered)
        else:  # a character whose lower case is longer ("İ"): offsets would shift
            matches = self.pattern.finditer(text)
        spellings = self._spellings
        for match in matches:
            start, end = match.span()
            found = match.group()
            spelling = spellings.get(found.lower()) or spellings.get(fold(found))
            if spelling is None:
                continue
            strong = spelling.judge(text[start:end])
            if strong is not None:
                yield start, end, spelling.skill, strong

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """One expression matching every spelling, whole words only, case ignored."""
        return re.compile(self._source, re.IGNORECASE)

    @cached_property
    def _lower_pattern(self) -> re.Pattern[str]:
        return re.compile(self._source)

    @cached_property
    def _source(self) -> str:
        return r"(?<![\w@])(?:" + _trie_regex(sorted(self._spellings)) + ")"


def _ancestors(taxonomy: Taxonomy, name: str) -> tuple[str, ...]:
    seen: list[str] = []
    todo = list(taxonomy.parents(name))
    while todo:
        parent = todo.pop(0)
        if parent == name:
            raise ValueError(f"{name}: implies itself through its parents")
        if parent not in seen:
            seen.append(parent)
            todo.extend(taxonomy.parents(parent))
    return tuple(seen)


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


@cache
def load_taxonomy() -> Taxonomy:
    """The packaged taxonomy, read once per process."""
    import yaml

    text = resources.files("screener.data").joinpath("skills.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    return Taxonomy(tuple(_skill(entry) for entry in data["skills"]))


def _skill(entry: dict) -> Skill:
    def strings(key: str) -> tuple[str, ...]:
        return tuple(str(v) for v in entry.get(key) or ())

    return Skill(
        name=str(entry["name"]),
        category=str(entry["category"]),
        aliases=strings("aliases"),
        weak=strings("weak"),
        context=str(entry.get("context", "list")),
        parents=strings("parents"),
        exact=exact if isinstance(exact := entry.get("exact", False), bool) else strings("exact"),
        reject_after=strings("reject_after"),
        context_with=strings("context_with"),
    )
