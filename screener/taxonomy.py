"""The skill taxonomy: canonical names, aliases, categories and implications, from data/skills.yaml.

`load_taxonomy()` reads the packaged YAML once per process. Besides name look-ups it
finds every spelling of every skill in a whole document (`scan`, made in spellings.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screener.spellings import SpellingScanner

_SKILLS_YAML = Path(__file__).with_name("data") / "skills.yaml"
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
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_spellings", _spellings(self.skills))
        # Computed once: it also fails at load time on a cycle of parents.
        ancestors = {s.name: _ancestors(by_name, s.name) for s in self.skills}
        object.__setattr__(self, "_ancestors", ancestors)

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

    @property
    def ancestry(self) -> Mapping[str, tuple[str, ...]]:
        """`ancestors` of every canonical name, as one mapping (for look-ups in a loop)."""
        return self._ancestors

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

    @cached_property
    def rejects_after(self) -> dict[str, tuple[str, ...]]:
        """For the skills that declare them: what may not follow a mention (lower case)."""
        return {s.name: s.reject_after for s in self.skills if s.reject_after}

    def spelling(self, matched: str) -> tuple[str, bool] | None:
        """What text matched by `pattern` means: (skill, strong?), or None if its case is wrong."""
        spelling = self._spellings.get(matched.lower()) or self._spellings.get(fold(matched))
        if spelling is None:
            return None
        strong = spelling.judge(matched)
        return None if strong is None else (spelling.skill, strong)

    def scan(self, text: str) -> Iterator[tuple[int, int, str, bool]]:
        """Every spelling in `text`: (start, end, skill, strong?), left to right, longest first.

        See `screener.spellings.SpellingScanner`.
        """
        return self._scanner.scan(text)

    @property
    def pattern(self) -> re.Pattern[str]:
        """One expression matching every spelling, whole words only, case ignored."""
        return self._scanner.pattern

    @cached_property
    def _scanner(self) -> SpellingScanner:
        from screener.spellings import SpellingScanner

        return SpellingScanner(self._spellings)


def _spellings(skills: tuple[Skill, ...]) -> dict[str, Spelling]:
    """Every folded spelling and what it means (see `Spelling`), in declaration order."""
    owners: dict[str, str] = {}
    any_case: set[str] = set()
    upper: set[str] = set()
    initials: dict[str, set[str]] = {}
    weak_forms: dict[str, set[str]] = {}
    for skill in skills:
        strong = [s for s in dict.fromkeys((skill.name, *skill.aliases)) if s not in skill.weak]
        exact = {fold(s) for s in skill.exact} if isinstance(skill.exact, tuple) else set()
        for text, weak in [(s, False) for s in strong] + [(w, True) for w in skill.weak]:
            key = fold(text)
            owner = owners.setdefault(key, skill.name)
            if owner != skill.name:
                raise ValueError(f"spelling {text!r} belongs to {owner} and {skill.name}")
            if not weak and not (skill.exact is True or key in exact):
                any_case.add(key)
                continue
            spelled = _GAP.sub(" ", text.strip())
            if weak:
                weak_forms.setdefault(key, set()).update((spelled, spelled.upper()))
            elif spelled.isupper():
                upper.add(key)
            else:
                initials.setdefault(key, set()).update((spelled[0], spelled[0].upper()))
    none: frozenset[str] = frozenset()
    return {
        key: Spelling(
            owner,
            key in any_case,
            frozenset(initials[key]) if key in initials else none,
            key in upper,
            frozenset(weak_forms[key]) if key in weak_forms else none,
        )
        for key, owner in owners.items()
    }


def _ancestors(by_name: dict[str, Skill], name: str) -> tuple[str, ...]:
    seen: list[str] = []
    todo = list(by_name[name].parents)
    while todo:
        parent = todo.pop(0)
        if parent == name:
            raise ValueError(f"{name}: implies itself through its parents")
        if parent not in seen:
            seen.append(parent)
            todo.extend(by_name[parent].parents)
    return tuple(seen)


@cache
def load_taxonomy() -> Taxonomy:
    """The packaged taxonomy, read once per process."""
    data = read_yaml(_packaged_yaml())
    return Taxonomy(tuple(_skill(entry) for entry in data["skills"]))


def _packaged_yaml() -> str:
    # The file beside this module; importlib.resources (slow to import) only when the
    # package does not sit in a folder (a zip).
    try:
        return _SKILLS_YAML.read_text(encoding="utf-8")
    except OSError:
        from importlib import resources

        return resources.files("screener.data").joinpath("skills.yaml").read_text(encoding="utf-8")


_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def read_yaml(text: str) -> Any:
    """What `yaml.safe_load(text)` returns, in half the time.

    The (C) parser builds the node tree; strings, lists and maps are converted here, every
    other node ("true", "3", "null", a map with a merge key) by the safe constructor, so
    each value means what the safe loader makes of it. The constructor's generic
    machinery is what costs: most of a taxonomy is strings in lists and maps.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    node = yaml.compose(text, Loader=loader)  # noqa: S506 - a safe loader
    return None if node is None else _value(node, yaml.constructor.SafeConstructor())


def _value(node: Any, constructor: Any) -> Any:
    import yaml

    tag = node.tag
    if tag == _STR and isinstance(node, yaml.ScalarNode):
        return node.value
    if tag == _SEQ and isinstance(node, yaml.SequenceNode):
        return [_value(item, constructor) for item in node.value]
    if tag == _MAP and isinstance(node, yaml.MappingNode) and all(
        key.tag == _STR and isinstance(key, yaml.ScalarNode) for key, _ in node.value
    ):
        return {key.value: _value(value, constructor) for key, value in node.value}
    return constructor.construct_object(node, deep=True)


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
