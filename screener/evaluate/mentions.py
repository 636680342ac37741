"""Checks on what the résumé names: taxonomy skills, free phrases (concepts), and signs of
open-source work or publications."""

from __future__ import annotations

from dataclasses import dataclass

from screener.evaluate.aliases import compile_aliases, probes
from screener.evaluate.common import Check, check, constant, prepared
from screener.evaluate.fuzzy import fuzzy_anchors
from screener.evaluate.text import DocText
from screener.models import Criterion, Evidence, ResumeFacts, SkillFact

LIST_ONLY_CREDIT = 0.5  # a skill asked "in_experience" but seen only in a skills list


def _combine(mode: str, need: int, credits: list[float]) -> float:
    if not credits:
        return 0.0
    if mode == "any":
        return max(credits)
    if mode == "all":
        return sum(credits) / len(credits)
    return min(sum(sorted(credits, reverse=True)[:need]), need) / need


def _status(fraction: float) -> str:
    return "met" if fraction >= 0.999 else "partial" if fraction > 0 else "unmet"


_HOW_MANY = {"any": "one of", "all": "all of"}


def _how_many(mode: str, need: int, total: int) -> str:
    return (_HOW_MANY.get(mode) or f"{need} of") + f" {total} asked"


@dataclass(slots=True)
class _SkillIndex:
    """The résumé's skills as the skills criteria read them, built once per document: a
    skill asked by several criteria ("SQS" for AWS and for queues) is described once."""

    facts: ResumeFacts
    by_name: dict[str, SkillFact]
    in_roles: set[tuple[int, int]]  # (page, line) of every counted role's lines
    notes: dict[str, str]  # name -> where it was found, as the reason shows it
    best: dict[str, tuple[Evidence, ...]]  # name -> its best three pieces of evidence

    def note(self, fact: SkillFact) -> str:
        found = self.notes.get(fact.name)
        if found is None:
            found = self.notes[fact.name] = f"{fact.name} ({_where(fact)})"
        return found

    def evidence(self, fact: SkillFact) -> tuple[Evidence, ...]:
        """Lines inside dated roles first: "used at work" is better evidence than a list."""
        found = self.best.get(fact.name)
        if found is None:
            in_roles = self.in_roles
            inside = [e for e in fact.evidence if (e.page, e.line) in in_roles]
            if len(inside) < 3 and len(inside) < len(fact.evidence):  # a stable sort's order
                inside += [e for e in fact.evidence if (e.page, e.line) not in in_roles]
            found = self.best[fact.name] = tuple(inside[:3])
        return found


def _skill_index(facts: ResumeFacts, doc: DocText) -> _SkillIndex:
    index = doc.memo.get("skills")
    if index is None or index.facts is not facts:
        by_name = {f.name: f for f in facts.skills}
        in_roles = {
            (e.page, e.line) for r in facts.roles if r.counts for e in (r.evidence, *r.bullets)
        }
        index = doc.memo["skills"] = _SkillIndex(facts, by_name, in_roles, {}, {})
    return index


@dataclass(frozen=True, slots=True)
class _SkillsAsked:
    """A skills criterion's settings as check_skills reads them, made once."""

    names: tuple[str, ...]
    mode: str
    need: int
    listed_only: bool  # in_experience: a skill seen only in a list earns part
    how_many: str  # "; one of 3 asked"


def _skills_asked(c: Criterion) -> _SkillsAsked:
    s = c.spec
    how_many = f"; {_how_many(s['mode'], s['need'], len(s['skills']))}"
    return _SkillsAsked(s["skills"], s["mode"], s["need"], s["in_experience"], how_many)


def _no_skill(c: Criterion) -> Check:
    s = c.spec
    reason = "none found of " + ", ".join(s["skills"])
    reason += f"; {_how_many(s['mode'], s['need'], len(s['skills']))}"
    return check(c, _status(0.0), 0.0, reason)


def check_skills(c: Criterion, facts: ResumeFacts, doc: DocText) -> Check:
    asked = prepared(c, "skills asked", _skills_asked)
    names = asked.names
    index = _skill_index(facts, doc)
    by_name = index.by_name
    if by_name.keys().isdisjoint(names):  # the common answer, the same for every résumé
        return constant(c, "no skill", _no_skill)
    listed_only = asked.listed_only
    credits: list[float] = []
    notes: list[str] = []
    ranked: list[tuple[float, SkillFact]] = []
    for name in names:
        fact = by_name.get(name)
        if fact is None:
            credits.append(0.0)
        elif listed_only and fact.in_roles == 0:
            credits.append(LIST_ONLY_CREDIT)
            notes.append(f"{name} (not in a dated role)")
            ranked.append((LIST_ONLY_CREDIT, fact))
        else:
            credits.append(1.0)
            notes.append(index.note(fact))
            ranked.append((1.0, fact))
    mode = asked.mode
    fraction = _combine(mode, asked.need, credits)
    reason = "found " + ", ".join(notes)
    if mode != "any" and len(notes) < len(names):
        reason += "; not found: " + ", ".join([n for n in names if n not in by_name])
    reason += asked.how_many
    if len(ranked) > 1:
        ranked.sort(key=lambda pair: (-pair[0], -pair[1].in_roles))
        evidence = tuple([e for _, fact in ranked for e in index.evidence(fact)])
    else:
        evidence = index.evidence(ranked[0][1])
    return Check(_status(fraction), fraction, reason, evidence)


def _where(fact: SkillFact) -> str:
    if fact.in_roles:
        years = f", {fact.years:g} years" if fact.months else ""
        return f"in {fact.in_roles} dated role{'s' if fact.in_roles != 1 else ''}{years}"
    if fact.implied_by:
        return f"implied by {fact.implied_by}"
    return "in " + "/".join(fact.sections[:2]) if fact.sections else "named"


@dataclass(frozen=True, slots=True)
class ConceptHit:
    name: str
    lines: tuple[int, ...]
    fuzzy: bool = False


def find_concept(
    doc: DocText, name: str, aliases: tuple[str, ...], *, fuzzy: bool = False, cutoff: float = 90.0
) -> ConceptHit | None:
    """Where a concept is named: exact (regex) first, then, if allowed, near spellings."""
    found = doc.alias_lines(aliases)
    if found:
        return ConceptHit(name, found)
    if fuzzy:  # only the concept's own name: its aliases are already the spelled-out variants
        hits = doc.fuzzy(name, cutoff)
        if hits:
            return ConceptHit(name, tuple(hits), fuzzy=True)
    return None


@dataclass(frozen=True, slots=True)
class _Concept:
    name: str
    aliases: tuple[str, ...]
    # The word starts any exact match (and, if fuzzy, near spelling) begins with: a
    # résumé where no word starts with one of them names the concept nowhere.
    leads: frozenset[str]


def _concepts(c: Criterion) -> tuple[_Concept, ...]:
    s = c.spec
    out = []
    for concept in s["concepts"]:
        name, aliases = concept["name"], concept["aliases"]
        leads = {p.folded for p in probes(aliases)}
        if s["fuzzy"]:
            leads.update(fuzzy_anchors(name))
        out.append(_Concept(name, aliases, frozenset(leads)))
    return tuple(out)


def _none_named(c: Criterion) -> Check:
    s = c.spec
    names = [x["name"] for x in s["concepts"]]
    reason = "none named of " + ", ".join(names) + f"; {_how_many(s['mode'], s['need'], len(names))}"
    return check(c, _status(0.0), 0.0, reason)


def check_phrases(c: Criterion, facts: ResumeFacts, doc: DocText) -> Check:
    s = c.spec
    credits: list[float] = []
    found: list[str] = []
    evidence: list[Evidence] = []
    fuzzy, cutoff = s["fuzzy"], s["cutoff"]
    for concept in prepared(c, "concepts", _concepts):
        if doc.lacks_word_starts(concept.leads):
            credits.append(0.0)
            continue
        hit = find_concept(doc, concept.name, concept.aliases, fuzzy=fuzzy, cutoff=cutoff)
        credits.append(1.0 if hit else 0.0)
        if hit:
            lines = doc.evidence(hit.lines)
            found.append(
                f"{concept.name} ({lines[0].where()}{', close spelling' if hit.fuzzy else ''})"
            )
            evidence.extend(lines)
    if not found:  # the common answer, the same for every résumé
        return constant(c, "none named", _none_named)
    fraction = _combine(s["mode"], s["need"], credits)
    names = [x["name"] for x in s["concepts"]]
    missing = [n for n, x in zip(names, credits) if not x]
    reason = "named " + ", ".join(found)
    if missing and s["mode"] != "any":
        reason += "; not named: " + ", ".join(missing)
    reason += f"; {_how_many(s['mode'], s['need'], len(names))}"
    return check(c, _status(fraction), fraction, reason, tuple(evidence))


def check_evidence(c: Criterion, facts: ResumeFacts, doc: DocText) -> Check:
    s = c.spec
    evidence: list[Evidence] = []
    for section in facts.sections:
        heading = section.heading.text.lower() if section.heading else ""
        if section.kind.lower() in s["sections"] or any(w in heading for w in s["sections"]):
            if section.heading:
                evidence.append(section.heading)
            evidence.extend(doc.evidence(range(section.start, min(section.end, section.start + 2))))
    if evidence:
        return check(
            c, "met", 1.0, f"a section for it: '{evidence[0].text.strip()[:60]}'", tuple(evidence)
        )
    if s["strong"]:
        found = doc.find_aliases(s["strong"])
        if found:
            words = sorted({text for _, text in found})
            return check(
                c, "met", 1.0, f"named: {', '.join(words)}", doc.evidence(i for i, _ in found)
            )
    if s["weak"]:
        pattern = compile_aliases(s["weak"])
        found = doc.find_aliases(s["weak"])
        links = [link for link in facts.contact.links if pattern.search(link)]
        if found or links:
            words = sorted({text for _, text in found} | set(links))
            ev = doc.evidence(i for i, _ in found) or facts.contact.evidence[:1]
            return check(c, "partial", 0.5, f"only weak signs: {', '.join(words)[:120]}", ev)
    return constant(c, "no sign", _no_sign)


def _no_sign(c: Criterion) -> Check:
    return check(c, "unmet", 0, "no sign found")
