"""Skills: find taxonomy skills in a document, with evidence, sections and months of use.

One compiled expression (the taxonomy's prefix tree of every spelling) runs over the
whole text; each hit is then judged in its line (skill_context.py holds the line rules).
A plain match is not always a mention:
  - a weak spelling ("Go", "R", "C", "Node", "Lambda", "RDS") counts only in a context
    that shows the skill: a skills list, a "Label: a, b" line, a separated list naming
    another skill, "written in Go", "Celery workers", or, for a cloud service, a line
    that also names its provider, a sibling service or a companion ("AWS (S3, Lambda)");
  - a name followed by Foundation/Community/Summit/Award... on its line is an
    organisation, event or honour, not the technology ("The Linux Foundation");
  - a name inside a link or an e-mail address, or in a place ("East Java", an address
    item in the header: "Jenkins, KY") is not a mention.
A skill that only a child names is implied (EKS => AWS), and only when the taxonomy
declares it. Months of use come from the counted dated roles whose lines name the skill.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from screener.extract.skill_context import (
    Hit,
    after_compass,
    compass_words,
    in_address,
    weak_ok,
)
from screener.models import Document, Evidence, Line, Role, Section, SkillFact
from screener.taxonomy import Taxonomy, load_taxonomy

# Words that make the name before them an organisation, event or honour: "The Linux
# Foundation", "Prometheus Award"; also across a wrapped line, but not into a heading.
_ORG_AFTER = re.compile(
    r"\s+(?:(?:software\s+)?foundation|community|communities|summit|conference|meetup"
    r"|user group|society|academy|institute|days|awards?|prizes?|medals?|fellowships?"
    r"|scholarships?|trophy|trophies|laureates?)\b",
    re.IGNORECASE,
)
_LINK = re.compile(r"@|://|www\.|\.(?:com|org|io|net|dev|ai|co|me|app|edu|gov|html?)\b")
# Referees' names and employers are not the candidate's skills ("Dr. Ann Jenkins"); in
# interests a weak name is a pastime ("Go", the board game).
_IGNORED_KINDS = frozenset({"references"})
_NO_WEAK_KINDS = frozenset({"interests"})
# Lines that hold the candidate's address: a skill named there is a place ("Jenkins, KY").
_ADDRESS_KINDS = frozenset({"header", "contact"})


def extract_skills(
    document: Document, sections: Sequence[Section], roles: Sequence[Role]
) -> tuple[SkillFact, ...]:
    """Every taxonomy skill the document shows, in order of first mention."""
    lines = document.lines
    if not lines:
        return ()
    taxonomy = load_taxonomy()
    kinds = _kinds(len(lines), sections)
    headings = {s.start - 1 for s in sections if s.heading is not None}
    return _facts(taxonomy, lines, kinds, roles, _find(taxonomy, lines, kinds, headings))


# ---------------------------------------------------------------------------- finding


def _kinds(count: int, sections: Sequence[Section]) -> list[str]:
    """The section kind of each line; lines outside every section are "other"."""
    kinds = ["other"] * count
    for section in sections:
        start, end = max(section.start, 0), min(section.end, count)
        if start < end:
            kinds[start:end] = [section.kind] * (end - start)
    return kinds


def _find(
    taxonomy: Taxonomy, lines: Sequence[Line], kinds: list[str], headings: set[int]
) -> list[tuple[int, int, str]]:
    """Every mention that counts, as (line index, start in the line, skill), in text order."""
    texts = [line.text for line in lines]
    text = "\n".join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    # A link never spans lines: one pass finds the lines that hold one.
    linky = {bisect_right(starts, link.start()) - 1 for link in _LINK.finditer(text)}
    # Likewise the lines where a place may follow a compass word ("East Java").
    compassy = {bisect_right(starts, at) - 1 for at in compass_words(text)}
    rejects_after = taxonomy.rejects_after
    by_line: dict[int, list[tuple[int, int, str, bool]]] = {}
    to_judge: set[int] = set()  # lines with a weak name
    for match_start, match_end, skill, strong in taxonomy.scan(text):
        index = bisect_right(starts, match_start) - 1
        start, end = match_start - starts[index], match_end - starts[index]
        line_text = texts[index]
        if text[match_end : match_end + 1].isspace():  # what _ORG_AFTER needs first
            org = _ORG_AFTER.match(text, match_end)
            if org and index + org.group().count("\n") not in headings:
                continue  # "Python Software Foundation", not "Skills: Linux" above "Community"
        if index in linky and _in_link(line_text, start, end):
            continue
        rejects = rejects_after.get(skill)
        if rejects and line_text[end:].lower().startswith(rejects):
            continue
        if (
            start > 2
            and index in compassy
            and after_compass(line_text, start, end, kinds[index] in _ADDRESS_KINDS)
        ):
            continue
        by_line.setdefault(index, []).append((start, end, skill, not strong))
        if not strong:
            to_judge.add(index)
    found: list[tuple[int, int, str]] = []
    for index, line_hits in by_line.items():
        kind = kinds[index]
        if kind in _IGNORED_KINDS:
            continue
        if index in to_judge or kind in _ADDRESS_KINDS:
            found.extend(_judged(taxonomy, index, line_hits, texts[index], kind))
        else:  # only strong names outside the address: nothing left to judge
            found.extend([(index, start, skill) for start, _, skill, _ in line_hits])
    return found


def _judged(
    taxonomy: Taxonomy, index: int, found: list[tuple[int, int, str, bool]], text: str, kind: str
) -> list[tuple[int, int, str]]:
    """The mentions of one line that stand once judged in their line: places, weak names."""
    line_hits = [Hit(index, skill, start, end, weak) for start, end, skill, weak in found]
    kept = []
    for hit in line_hits:
        if kind in _ADDRESS_KINDS and in_address(text, hit, line_hits):
            continue
        if not hit.weak or (
            kind not in _NO_WEAK_KINDS and weak_ok(taxonomy, hit, line_hits, text, kind)
        ):
            kept.append((index, hit.start, hit.skill))
    return kept


def _in_link(text: str, start: int, end: int) -> bool:
    """Whether the match sits inside a URL or e-mail address (one whitespace-free token)."""
    left = max(text.rfind(" ", 0, start), text.rfind("\t", 0, start)) + 1
    right = text.find(" ", end)
    rest = text[left:start] + " " + text[end : len(text) if right < 0 else right]
    return _LINK.search(rest) is not None  # the token around the match, without the match


# ---------------------------------------------------------------------------- facts


def _facts(
    taxonomy: Taxonomy,
    lines: Sequence[Line],
    kinds: list[str],
    roles: Sequence[Role],
    hits: list[tuple[int, int, str]],
) -> tuple[SkillFact, ...]:
    """The facts, from the mentions in text order (by line, then by start)."""
    direct: dict[str, list[int]] = {}
    implied: dict[str, list[tuple[int, str]]] = {}
    # Where each skill is first named, directly or through a child: the output order.
    # Dicts keep insertion order, so equal positions never fall back on set order
    # (which changes from run to run with string hashing).
    first: dict[str, tuple[int, int]] = {}
    ancestry = taxonomy.ancestry
    for line, start, skill in hits:
        direct.setdefault(skill, []).append(line)
        first.setdefault(skill, (line, start))
        for parent in ancestry[skill]:
            implied.setdefault(parent, []).append((line, skill))
            first.setdefault(parent, (line, start))
    spans, role_bits = _role_spans(lines, roles)
    uses: dict[int, tuple[int, str | None, int]] = {0: (0, None, 0)}
    # Many skills share their lines (a skills list): what depends only on the lines once.
    evidence = {i: lines[i].evidence() for i in {line for line, _, _ in hits}}
    by_lines: dict[tuple[int, ...], tuple[tuple[str, ...], tuple[Evidence, ...], int]] = {}
    facts = []
    for _, name in sorted([(position, name) for name, position in first.items()]):
        own = direct.get(name, [])
        via = implied.get(name, [])
        # `own` is in line order already; a skill also implied needs the merge.
        if via:
            indexes = tuple(sorted(set(own).union([line for line, _ in via])))
        else:
            indexes = tuple(dict.fromkeys(own))
        shared = by_lines.get(indexes)
        if shared is None:
            bits = 0
            for i in indexes:
                bits |= role_bits.get(i, 0)
            shared = by_lines[indexes] = (
                tuple(dict.fromkeys(map(kinds.__getitem__, indexes))),
                tuple(map(evidence.__getitem__, indexes)),
                bits,
            )
        sections, proof, bits = shared
        use = uses.get(bits) or uses.setdefault(bits, _use(bits, spans))
        facts.append(
            SkillFact(
                name=name,
                category=taxonomy.skill(name).category,
                mentions=len(own) + len(via),
                sections=sections,
                months=use[0],
                last_used=use[1],
                evidence=proof,
                implied_by=None if own else via[0][1],
                in_roles=use[2],
            )
        )
    return tuple(facts)


def _role_spans(
    lines: Sequence[Line], roles: Sequence[Role]
) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """The first and last month of each counted dated role, and for each document line the
    roles that cover it (title and bullets), as bits (role k: bit k).

    A bullet the roles stage joined from several wrapped lines also covers the lines
    after its first whose text it contains.
    """
    counted = [role for role in roles if role.counts and _month(role.start)]
    if not counted:
        return [], {}
    where = {(line.page, line.number): i for i, line in enumerate(lines)}
    spans = []
    bits: dict[int, int] = {}
    for k, role in enumerate(counted):
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
        for i in indexes:
            bits[i] = bits.get(i, 0) | 1 << k
        start = _month(role.start)
        end = _month(role.end) if role.end else start + max(role.months, 1) - 1
        spans.append((start, max(start, end)))
    return spans, bits


def _use(bits: int, spans: list[tuple[int, int]]) -> tuple[int, str | None, int]:
    """Months of use (overlaps once), latest end (YYYY-MM) and number of roles, for the
    roles whose bits are set."""
    used = sorted(span for k, span in enumerate(spans) if bits >> k & 1)
    months, reach = 0, -1
    for start, end in used:
        if end > reach:
            months += end - max(start, reach + 1) + 1
            reach = end
    return months, f"{reach // 12:04d}-{reach % 12 + 1:02d}", len(used)


def _month(text: str | None) -> int:
    """Months since year 0 for "YYYY-MM" (0 when missing or malformed)."""
    if not text or len(text) < 7 or not (text[:4].isdigit() and text[5:7].isdigit()):
        return 0
    return int(text[:4]) * 12 + int(text[5:7]) - 1


__all__ = ["extract_skills"]
