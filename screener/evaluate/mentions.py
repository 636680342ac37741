"""Checks on what the résumé names: taxonomy skills, free phrases (concepts), and signs of
open-source work or publications."""

from __future__ import annotations

from dataclasses import dataclass

from screener.evaluate.aliases import compile_aliases
from screener.evaluate.common import Check, check
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


def _how_many(mode: str, need: int, total: int) -> str:
    return {"any": "one of", "all": "all of"}.get(mode, f"{need} of") + f" {total} asked"


def _skill_index(
    facts: ResumeFacts, doc: DocText
) -> tuple[dict[str, SkillFact], set[tuple[int, int]]]:
    """Skills by name, and the (page, line) of every dated role's lines: built once per
    document for all the skills criteria of a rubric."""
    memo = doc.memo.get("skills")
    if memo is None or memo[0] is not facts:
        by_name = {f.name: f for f in facts.skills}
        in_roles = {
            (e.page, e.line) for r in facts.roles if r.counts for e in (r.evidence, *r.bullets)
        }
        memo = doc.memo["skills"] = (facts, by_name, in_roles)
    return memo[1], memo[2]


def check_skills(c: Criterion, facts: ResumeFacts, doc: DocText) -> Check:
    s = c.spec
    by_name, in_roles = _skill_index(facts, doc)
    credits: list[float] = []
    notes: list[str] = []
    ranked: list[tuple[float, SkillFact]] = []
    for name in s["skills"]:
        fact = by_name.get(name)
        if fact is None:
            credits.append(0.0)
            continue
        if s["in_experience"] and fact.in_roles == 0:
            credits.append(LIST_ONLY_CREDIT)
            notes.append(f"{name} (not in a dated role)")
        else:
            credits.append(1.0)
            notes.append(f"{name} ({_where(fact)})")
        ranked.append((credits[-1], fact))
    fraction = _combine(s["mode"], s["need"], credits)
    status = _status(fraction)
    missing = [n for n, x in zip(s["skills"], credits) if x == 0]
    if notes:
        reason = "found " + ", ".join(notes)
        if missing and s["mode"] != "any":
            reason += "; not found: " + ", ".join(missing)
    else:
        reason = "none found of " + ", ".join(s["skills"])
    reason += f"; {_how_many(s['mode'], s['need'], len(s['skills']))}"
    ranked.sort(key=lambda pair: (-pair[0], -pair[1].in_roles))
    # Lines inside dated roles first: "used at work" is better evidence than a skills list.
    evidence = tuple(
        e
        for _, fact in ranked
        for e in sorted(fact.evidence, key=lambda e: (e.page, e.line) not in in_roles)[:3]
    )
    return check(c, status, fraction, reason, evidence)


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
    found = doc.find_aliases(aliases)
    if found:
        return ConceptHit(name, tuple(i for i, _ in found))
    if fuzzy:  # only the concept's own name: its aliases are already the spelled-out variants
        hits = doc.fuzzy(name, cutoff)
        if hits:
            return ConceptHit(name, tuple(hits), fuzzy=True)
    return None


def check_phrases(c: Criterion, facts: ResumeFacts, doc: DocText) -> Check:
    s = c.spec
    credits: list[float] = []
    found: list[str] = []
    evidence: list[Evidence] = []
    for concept in s["concepts"]:
        hit = find_concept(
            doc, concept["name"], concept["aliases"], fuzzy=s["fuzzy"], cutoff=s["cutoff"]
        )
        credits.append(1.0 if hit else 0.0)
        if hit:
            lines = doc.evidence(hit.lines)
            found.append(
                f"{concept['name']} ({lines[0].where()}{', close spelling' if hit.fuzzy else ''})"
            )
            evidence.extend(lines)
    fraction = _combine(s["mode"], s["need"], credits)
    names = [x["name"] for x in s["concepts"]]
    missing = [n for n, x in zip(names, credits) if not x]
    if found:
        reason = "named " + ", ".join(found)
        if missing and s["mode"] != "any":
            reason += "; not named: " + ", ".join(missing)
    else:
        reason = "none named of " + ", ".join(names)
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
    return check(c, "unmet", 0, "no sign found")
