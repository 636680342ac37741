"""Skills: find taxonomy skills in a document, with evidence, sections and months of use.

One compiled expression (the taxonomy's prefix tree of every spelling) runs over the
whole text; each hit is then judged in its line. A plain match is not always a mention:
  - a weak spelling ("Go", "R", "C", "Node", "Lambda", "Spring") counts only in a context
    that shows the skill: a skills list, a "Label: a, b" line, a separated list naming
    another skill, "written in Go" / "Go programming", or, for a cloud service, a line
    that also names its provider or a sibling service ("AWS (S3, Lambda)");
  - a name followed by Foundation/Community/Summit... is an organisation or event, not
    the technology ("The Linux Foundation");
  - a name inside a link or an e-mail address is not a mention.
A skill that only a child names is implied (EKS => AWS), and only when the taxonomy
declares it. Months of use come from the counted dated roles whose lines name the skill.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from screener.models import Document, Line, Role, Section, SkillFact
from screener.taxonomy import Taxonomy, load_taxonomy

# Words that make the name before them an organisation, project or event.
_ORG_AFTER = re.compile(
    r"\s+(?:(?:software\s+)?foundation|community|communities|summit|conference|meetup|user group"
    r"|society|academy|institute|days)\b",
    re.IGNORECASE,
)
_LINK = re.compile(r"@|://|www\.|\.(?:com|org|io|net|dev|ai|co|me|app|edu|gov|html?)\b")
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
# Referees' names and employers are not the candidate's skills ("Dr. Ann Jenkins"); in
# interests a weak name is a pastime ("Go", the board game).
_IGNORED_KINDS = frozenset({"references"})
_NO_WEAK_KINDS = frozenset({"interests"})
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


@dataclass(slots=True)
class _Hit:
    line: int  # index into document.lines
    skill: str
    start: int  # offsets within the line
    end: int
    weak: bool


def extract_skills(
    document: Document, sections: Sequence[Section], roles: Sequence[Role]
) -> tuple[SkillFact, ...]:
    """Every taxonomy skill the document shows, in order of first mention."""
    lines = document.lines
    if not lines:
        return ()
    taxonomy = load_taxonomy()
    kinds = _kinds(len(lines), sections)
    return _facts(taxonomy, lines, kinds, roles, _find(taxonomy, lines, kinds))


# ---------------------------------------------------------------------------- finding


def _kinds(count: int, sections: Sequence[Section]) -> list[str]:
    """The section kind of each line; lines outside every section are "other"."""
    kinds = ["other"] * count
    for section in sections:
        start, end = max(section.start, 0), min(section.end, count)
        if start < end:
            kinds[start:end] = [section.kind] * (end - start)
    return kinds


def _find(taxonomy: Taxonomy, lines: Sequence[Line], kinds: list[str]) -> list[_Hit]:
    text = "\n".join(line.text for line in lines)
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line.text) + 1
    by_line: dict[int, list[_Hit]] = {}
    linky: dict[int, bool] = {}
    for match_start, match_end, skill, strong in taxonomy.scan(text):
        index = bisect_right(starts, match_start) - 1
        start, end = match_start - starts[index], match_end - starts[index]
        line_text = lines[index].text
        if _ORG_AFTER.match(text, match_end):
            continue
        if index not in linky:
            linky[index] = _LINK.search(line_text) is not None
        if linky[index] and _in_link(line_text, start, end):
            continue
        rejects = taxonomy.skill(skill).reject_after
        if rejects and line_text[end:].lower().startswith(rejects):
            continue
        by_line.setdefault(index, []).append(_Hit(index, skill, start, end, not strong))
    hits: list[_Hit] = []
    for index, line_hits in by_line.items():
        kind = kinds[index]
        if kind in _IGNORED_KINDS:
            continue
        for hit in line_hits:
            if not hit.weak or (
                kind not in _NO_WEAK_KINDS
                and _weak_ok(taxonomy, hit, line_hits, lines[index].text, kind)
            ):
                hits.append(hit)
    return hits


def _in_link(text: str, start: int, end: int) -> bool:
    """Whether the match sits inside a URL or e-mail address (one whitespace-free token)."""
    left = max(text.rfind(" ", 0, start), text.rfind("\t", 0, start)) + 1
    right = text.find(" ", end)
    rest = text[left:start] + " " + text[end : len(text) if right < 0 else right]
    return _LINK.search(rest) is not None  # the token around the match, without the match


def _weak_ok(taxonomy: Taxonomy, hit: _Hit, line_hits: list[_Hit], text: str, kind: str) -> bool:
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
    others = [h for h in line_hits if h.skill != hit.skill and not h.weak]
    if taxonomy.skill(hit.skill).context == "parent":
        # Only strong names vouch: "Athena, Glue" alone do not make each other AWS.
        family = set(taxonomy.ancestors(hit.skill))
        return any(
            h.skill in family or family.intersection(taxonomy.ancestors(h.skill)) for h in others
        )
    if any(_COORDINATED.match(text[h.end : hit.start]) or _COORDINATED.match(text[hit.end : h.start])
           for h in others):
        return True  # joined to a named skill: "Selenium and Postman tests", "Java/Spring"
    listed = _separated(text, hit.start, hit.end)
    if listed and (kind in _LIST_KINDS or others or _LABEL.match(text[: hit.start])):
        return True
    if len(others) >= 2 and _separated_after(text, hit.end) and _LIST_DENSE.search(text):
        return True  # the first item after an unpunctuated label: "Programming Go, Python, C"
    if taxonomy.skill(hit.skill).category == "language":
        # "written in Go", "with R and Python", "Go programming"
        if _LANG_BEFORE.search(text, 0, hit.start) and (listed or _separated_after(text, hit.end)):
            return True
        if _LANG_VERB.search(text, 0, hit.start):
            return True
        if _LANG_AFTER.match(text, hit.end):
            return True
    return False


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


# ---------------------------------------------------------------------------- facts


def _facts(
    taxonomy: Taxonomy,
    lines: Sequence[Line],
    kinds: list[str],
    roles: Sequence[Role],
    hits: list[_Hit],
) -> tuple[SkillFact, ...]:
    direct: dict[str, list[int]] = {}
    implied: dict[str, list[tuple[int, str]]] = {}
    for hit in sorted(hits, key=lambda h: (h.line, h.start)):
        direct.setdefault(hit.skill, []).append(hit.line)
        for parent in taxonomy.ancestors(hit.skill):
            implied.setdefault(parent, []).append((hit.line, hit.skill))
    role_lines = _role_lines(lines, roles)
    facts = []
    for name in sorted(set(direct) | set(implied), key=lambda n: _first(n, direct, implied)):
        own = direct.get(name, [])
        via = implied.get(name, [])
        indexes = sorted(set(own) | {line for line, _ in via})
        months, last_used, in_roles = _use(indexes, role_lines)
        facts.append(
            SkillFact(
                name=name,
                category=taxonomy.skill(name).category,
                mentions=len(own) + len(via),
                sections=tuple(dict.fromkeys(kinds[i] for i in indexes)),
                months=months,
                last_used=last_used,
                evidence=tuple(lines[i].evidence() for i in indexes),
                implied_by=None if own else via[0][1],
                in_roles=in_roles,
            )
        )
    return tuple(facts)


def _first(name: str, direct: dict, implied: dict) -> int:
    own = direct.get(name)
    via = implied.get(name)
    return min(own[0] if own else 1 << 30, via[0][0] if via else 1 << 30)


def _role_lines(lines: Sequence[Line], roles: Sequence[Role]) -> list[tuple[Role, set[int]]]:
    """For each counted dated role, the document lines it covers (title and bullets).

    A bullet the roles stage joined from several wrapped lines also covers the lines
    after its first whose text it contains.
    """
    where = {(line.page, line.number): i for i, line in enumerate(lines)}
    covered = []
    for role in roles:
        if not role.counts or not _month(role.start):
            continue
        indexes: set[int] = set()
        for evidence in (role.evidence, *role.bullets):
            i = where.get((evidence.page, evidence.line))
            if i is None:
                continue
            indexes.add(i)
            j = i + 1
            while j < len(lines) and len(evidence.text) > len(lines[i].text) and (
                lines[j].text and lines[j].text in evidence.text
            ):
                indexes.add(j)
                j += 1
        covered.append((role, indexes))
    return covered


def _use(indexes: list[int], role_lines: list[tuple[Role, set[int]]]) -> tuple[int, str | None, int]:
    """Months of use (overlaps once), latest end (YYYY-MM) and number of roles naming a skill."""
    spans = []
    for role, covered in role_lines:
        if covered.isdisjoint(indexes):
            continue
        start = _month(role.start)
        end = _month(role.end) if role.end else start + max(role.months, 1) - 1
        spans.append((start, max(start, end)))
    if not spans:
        return 0, None, 0
    months, reach = 0, -1
    for start, end in sorted(spans):
        if end > reach:
            months += end - max(start, reach + 1) + 1
            reach = end
    return months, f"{reach // 12:04d}-{reach % 12 + 1:02d}", len(spans)


def _month(text: str | None) -> int:
    """Months since year 0 for "YYYY-MM" (0 when missing or malformed)."""
    if not text or len(text) < 7 or not (text[:4].isdigit() and text[5:7].isdigit()):
        return 0
    return int(text[:4]) * 12 + int(text[5:7]) - 1


__all__ = ["extract_skills"]
