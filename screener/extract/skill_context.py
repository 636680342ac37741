"""Skill context: whether a spelling matched in one line is meant as the skill there.

The skills stage finds every spelling; this module judges each against its line:
  - a weak spelling ("Go", "R", "Node", "Celery", "Lambda") counts only in a context that
    shows the skill: a list, a "Label: a, b" line, "written in Go", a tech noun after a
    capitalised name on a résumé line ("Celery workers", "an R package"), or, for a cloud
    service, a line naming its provider, a sibling or a declared companion ("RDS (MySQL)");
  - a name in a place is not a mention: after a compass word ("East Java") or as an item
    of an address in the header or contact lines ("Jenkins, KY").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from screener.extract.layout import is_location
from screener.taxonomy import Taxonomy


@dataclass(slots=True)
class Hit:
    line: int  # index into document.lines
    skill: str
    start: int  # offsets within the line
    end: int
    weak: bool


# A line label that announces a list of technologies: "Languages:", "Tech stack -"
_LABEL = re.compile(
    r"^[^:]{0,30}\b(?:languages?|skills?|technolog\w*|tools?|stack|programming|frameworks?|"
    r"platforms?|databases?|cloud|devops|back-?end|front-?end|infrastructure|proficient|"
    r"familiar|experience\w*|expertise|tech|scripting|librar\w+|environments?|os)\b[^:]{0,20}:",
    re.IGNORECASE,
)
# "in Go", "with R", "and C": a language if the list or sentence ends there
_LANG_BEFORE = re.compile(r"\b(?:in|with|and)\s*$", re.IGNORECASE)
# "uses R to ...", "written in C for ...": a language whatever follows
_LANG_VERB = re.compile(
    r"\b(?:using|use|uses|used|(?:written|coded|programmed|implemented|developed|built)\s+in)\s*$",
    re.IGNORECASE,
)
# An employer after a job title: "Java Developer, Oracle", "Engineer at Spring"
_AFTER_TITLE = re.compile(
    r"\b(?:engineer|developer|programmer|architect|manager|consultant|analyst|intern|lead|"
    r"director|scientist|administrator|specialist|designer|officer|owner|head)\s*"
    r"(?:,|at|@|\||–|—|-)\s*$",
    re.IGNORECASE,
)
_LANG_AFTER = re.compile(
    r"\s*(?:\(|language|lang\b|programming|code|developer|engineer|modules?|services?|"
    r"microservices?|backend|scripts?)", re.IGNORECASE
)
# What software is made of or runs as: after a capitalised weak name it names the tool
# ("Celery workers", "Rails app", "an R package"), where "Go live" or "Node in" do not.
_TECH_NOUN = re.compile(
    r"[ \t\u00a0]+(?:workers?|packages?|apps?|applications?|back-?ends?|services?|"
    r"microservices?|scripts?|jobs?|clusters?|apis?|servers?|librar(?:y|ies)|modules?|"
    r"code(?:base)?s?|tasks?|queues?|pipelines?|plug-?ins?|tests?|test suites?|sdks?|"
    r"runtimes?|components?|consumers?|handlers?|endpoints?)\b",
    re.IGNORECASE,
)
# Sections whose lines are about the candidate's own work.
_WORK_KINDS = frozenset({"experience", "projects", "research", "skills", "languages", "summary"})
# Sections whose lines are lists of technologies ("Programming Languages" is "languages").
_LIST_KINDS = frozenset({"skills", "languages"})
_SEP_BEFORE = frozenset(",/|(:;•·*[{–—+>")
_GLUED_AFTER = frozenset({"&", "-", "\u2010", "\u2011", "'", "’", "@"})
_GLUED_BEFORE = frozenset({"&", "-", "\u2010", "\u2011", "'", "’", "."})
_SEP_AFTER = frozenset(",/|):;•·]}.+")
_LIST_DENSE = re.compile(r"(?:[,|•·/;][^,|•·/;]{1,40}){2}")
_COORDINATED = re.compile(r"\s*(?:(?:,|/|&|\+|\band\b|\bor\b)\s*)+$", re.IGNORECASE)
_WORD_SEP = re.compile(r"(?:\b(?:and|or|&)\s*$)", re.IGNORECASE)
_WORD_SEP_AFTER = re.compile(r"\s+(?:and|or|&)\s", re.IGNORECASE)
# The word before a name, and what stands before that word.
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.]*)[ \t\u00a0]+$")
_CLAUSE_START = frozenset(";:,(|•·*–—-+>")
_NAME_OF = re.compile(r"\b[A-Z][\w.]*[ \t\u00a0]+of[ \t\u00a0]+$")

_COMPASS = frozenset(
    w for word in ("North", "South", "East", "West", "Central", "Northern", "Southern",
                   "Eastern", "Western", "Northeast", "Northwest", "Southeast", "Southwest")
    for w in (word, word.upper())
)
_COMPASS_WORDS = tuple(_COMPASS)  # for str.endswith
_ANY_COMPASS = re.compile("|".join(sorted(_COMPASS, key=len, reverse=True)))
_GAP_CHARS = frozenset(" \t\u00a0")
# Where an item of an address ends: "Surabaya, East Java, Indonesia · name@mail · phone"
_SEGMENT_SEPS = "·|•\t;"
_CONTACT = re.compile(r"@|://|www\.|\+?\d[\d ()./-]{6,}\d")


def weak_ok(taxonomy: Taxonomy, hit: Hit, line_hits: list[Hit], text: str, kind: str) -> bool:
    """Whether a weak spelling ("Go", "R", "Lambda") is meant as the skill in its line."""
    after = text[hit.end : hit.end + 1]
    before = text[hit.start - 1 : hit.start] if hit.start else ""
    if after in _GLUED_AFTER or before in _GLUED_BEFORE:
        return False  # R&D, C-level, go-to, Go's, .go
    if before == "(" and after == ")" and hit.end - hit.start == 1:
        return False  # a trademark or copyright sign: "(R)", "(C)"
    if hit.end - hit.start == 1 and after == "." and text[hit.end + 1 : hit.end + 3].strip()[:1].isupper():
        return False  # an initial: "K. Lee and C. Blouin"
    if _AFTER_TITLE.search(text, 0, hit.start):
        return False  # an employer: "Java Developer, Oracle"
    skill = taxonomy.skill(hit.skill)
    others = [h for h in line_hits if h.skill != hit.skill and not h.weak]
    if skill.context == "parent":
        # Only strong names vouch: "Athena, Glue" alone do not make each other AWS.
        family = set(taxonomy.ancestors(hit.skill))
        return any(
            h.skill in family or h.skill in skill.context_with
            or family.intersection(taxonomy.ancestors(h.skill))
            for h in others
        )
    if any(_COORDINATED.match(text[h.end : hit.start]) or _COORDINATED.match(text[hit.end : h.start])
           for h in others):
        return True  # joined to a named skill: "Selenium and Postman tests", "Java/Spring"
    listed = _separated(text, hit.start, hit.end)
    if listed and (kind in _LIST_KINDS or others or _LABEL.match(text[: hit.start])):
        return True
    if len(others) >= 2 and _separated_after(text, hit.end) and _LIST_DENSE.search(text):
        return True  # the first item after an unpunctuated label: "Programming Go, Python, C"
    if skill.category == "language":
        # "written in Go", "with R and Python", "Go programming"
        if _LANG_BEFORE.search(text, 0, hit.start) and (listed or _separated_after(text, hit.end)):
            return True
        if _LANG_VERB.search(text, 0, hit.start):
            return True
        if _LANG_AFTER.match(text, hit.end) and text[hit.start : hit.end] in skill.weak:
            return True  # "Go services", not "SWIFT services" (the payment network)
    return _named_thing(skill.weak, hit, line_hits, text, kind, bool(others))


def _named_thing(
    weak: tuple[str, ...], hit: Hit, line_hits: list[Hit], text: str, kind: str, others: bool
) -> bool:
    """ "Celery workers", "the Node backend": a capitalised name before a tech noun, on a line
    about the candidate's work or beside another named skill; not inside a proper name
    ("American Express API", "Hong Kong services")."""
    name = text[hit.start : hit.end]
    if not (name[:1].isupper() and name in weak) or not _TECH_NOUN.match(text, hit.end):
        return False
    if (len(name) > 2 and name.isupper()) or (kind not in _WORK_KINDS and not others):
        return False  # an acronym of many things: "EDA scripts", "CDC services"
    if _NAME_OF.search(text, 0, hit.start):
        return False  # "City of Phoenix services", "University of Phoenix app"
    word = _WORD_BEFORE.search(text, 0, hit.start)
    if word and word.group(1)[:1].isupper() and not word.group(1).endswith("."):
        head = text[: word.start()].rstrip()
        if head and head[-1] not in _CLAUSE_START and not any(h.end == word.end(1) for h in line_hits):
            return False  # the end of a longer capitalised name, not "Django Celery workers"
    return True


def _separated(text: str, start: int, end: int) -> bool:
    """Whether the span stands as an item of a list: separators (or line ends) both sides."""
    head = text[:start].rstrip()
    if head:
        last = head[-1]
        if last in "-" and len(head) > 1 and not head[-2].isspace():
            return False
        if last not in _SEP_BEFORE and last != "-" and not _WORD_SEP.search(head):
            return False
    return _separated_after(text, end)


def _separated_after(text: str, end: int) -> bool:
    tail = text[end:]
    stripped = tail.lstrip()
    if not stripped:
        return True
    return stripped[0] in _SEP_AFTER or bool(_WORD_SEP_AFTER.match(tail))


# ---------------------------------------------------------------------------- places


def compass_words(text: str) -> Iterator[int]:
    """Where a compass word ("East", "NORTH") starts in the text: no place name elsewhere."""
    return (match.start() for match in _ANY_COMPASS.finditer(text))


def after_compass(text: str, start: int, end: int, address: bool) -> bool:
    """A place name: "East Java", "Central Java, Indonesia" (not "Central Kafka cluster").

    First on a line it is a place only in an address (`address`: header or contact lines)
    or before a comma; elsewhere it may be an adjective opening a bullet.
    """
    if text[start - 1 : start] not in _GAP_CHARS or not text.endswith(_COMPASS_WORDS, 0, start - 1):
        return False  # the quick test: no compass word ends right before the name
    word = _WORD_BEFORE.search(text, max(0, start - 16), start)
    if not word or word.group(1) not in _COMPASS:
        return False
    head = text[: word.start()].strip(" \t\u00a0•·*-–—>")
    return address or bool(head) or text[end : end + 1] == ","


def in_address(text: str, hit: Hit, line_hits: list[Hit]) -> bool:
    """Whether a header or contact line names the skill as an item of an address.

    The name (perhaps after capitalised words: "Port Elixir") must be a whole comma item
    beside items that name no skill and start like places or postcodes ("Jenkins, KY
    41537"), in a run that reads as a place or on a line that carries contact details; a
    line listing skills ("Python, Go | Kubernetes", "Python, Temporal") is left alone.
    """
    left = max(text.rfind(sep, 0, hit.start) for sep in _SEGMENT_SEPS) + 1
    rights = [i for i in (text.find(sep, hit.end) for sep in _SEGMENT_SEPS) if i >= 0]
    right = min(rights, default=len(text))
    if not is_location(text[left:right]) and not _CONTACT.search(text):
        return False
    bounds = [left] + [i + 1 for i in range(left, right) if text[i] == ","] + [right + 1]
    items = [(a, b - 1) for a, b in zip(bounds, bounds[1:])]
    if len(items) < 2:
        return False
    for a, b in items:
        item = text[a:b].strip()
        if a <= hit.start < b:
            prefix = text[a : hit.start].split()
            if text[hit.end : b].strip() or len(prefix) > 2 or any(not w[:1].isupper() for w in prefix):
                return False
        elif not item[:1].isupper() and not item[:1].isdigit():
            return False
        elif any(a <= h.start < b for h in line_hits if h.skill != hit.skill):
            return False
    return True


__all__ = ["Hit", "after_compass", "compass_words", "in_address", "weak_ok"]
