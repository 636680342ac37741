"""Checks on the candidate's background: degree, years of experience, senior years."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from screener.evaluate.aliases import matches_any
from screener.evaluate.common import Check, check
from screener.evaluate.text import DocText
from screener.models import Criterion, Degree, ResumeFacts, Role, degree_rank

_LEVEL_WORDS = {
    "none": "no degree",
    "associate": "an associate degree",
    "bachelor": "a bachelor's",
    "master": "a master's",
    "doctorate": "a doctorate",
}
MINIMUM_SHARE = 0.8  # the minimum level earns this share when a higher level is preferred


def check_degree(c: Criterion, facts: ResumeFacts, doc: DocText) -> Check:
    s = c.spec
    minimum, preferred, fields = s["minimum"], s["preferred"], s["fields"]
    degrees = [d for d in facts.education if d.completed]
    if not facts.education and not any(sec.kind == "education" for sec in facts.sections):
        return check(
            c, "unknown", 0, "no education section or degree found, so the degree cannot be checked"
        )

    def field_ok(d: Degree) -> bool:
        return not fields or d.field is None or matches_any(fields, d.field, d.degree) is not None

    fitting = sorted(
        (d for d in degrees if field_ok(d)), key=lambda d: degree_rank(d.level), reverse=True
    )
    best = fitting[0] if fitting else None
    top = degree_rank(best.level) if best else 0
    share_at_minimum = MINIMUM_SHARE if preferred else 1.0

    def about(d: Degree) -> str:
        where = f" in {d.field}" if d.field else " (field not stated)"
        return f"{d.degree}{where}"

    if best and preferred and top >= degree_rank(preferred):
        return check(c, "met", 1.0, f"{about(best)}: the preferred level", (best.evidence,))
    if best and top >= degree_rank(minimum):
        extra = f"; {_LEVEL_WORDS[preferred]} is preferred" if preferred else ""
        return check(
            c, "met", share_at_minimum, f"{about(best)} meets the minimum{extra}", (best.evidence,)
        )
    for eq in s["equivalent"]:
        if (
            top >= degree_rank(eq["level"])
            and facts.roles
            and facts.experience_years >= eq["experience_years"]
        ):
            shown = f"{about(best)}" if best else "no degree"
            reason = (
                f"{shown} plus {facts.experience_years:g} years of experience counts as "
                f"{_LEVEL_WORDS[minimum]} (rule: {eq['level']} + {eq['experience_years']:g} years)"
            )
            return check(c, "met", share_at_minimum, reason, (best.evidence,) if best else ())
    off_field = [
        d for d in degrees if degree_rank(d.level) >= degree_rank(minimum) and not field_ok(d)
    ]
    if off_field:
        d = off_field[0]
        return check(
            c,
            "partial",
            0.5,
            f"{about(d)} is at the level but not in an accepted field",
            (d.evidence,),
        )
    if best and top == degree_rank(minimum) - 1:
        return check(
            c,
            "partial",
            0.5,
            f"{about(best)} is one level below {_LEVEL_WORDS[minimum]}",
            (best.evidence,),
        )
    if best:
        return check(
            c,
            "unmet",
            0,
            f"highest fitting degree {about(best)} is below {_LEVEL_WORDS[minimum]}",
            (best.evidence,),
        )
    return check(c, "unmet", 0, f"no completed degree found; {_LEVEL_WORDS[minimum]} is asked for")


def check_experience(c: Criterion, facts: ResumeFacts, doc: DocText) -> Check:
    words = c.spec["roles"]
    counted = [r for r in facts.roles if r.counts]
    if not facts.roles:
        return _stated_or_unknown(c, facts)
    if words:
        chosen = [r for r in counted if _role_matches(r, words)]
        years = _years(chosen)
        what = "in matching roles"
    else:
        chosen, years, what = counted, facts.experience_years, "of professional experience"
    return _by_years(c, years, what, chosen)


def check_seniority(c: Criterion, facts: ResumeFacts, doc: DocText) -> Check:
    words = c.spec["titles"]
    if not facts.roles:
        return check(c, "unknown", 0, "no dated roles found, so senior years cannot be computed")
    if words:
        chosen = [r for r in facts.roles if r.counts and matches_any(words, r.title)]
        years = _years(chosen)
    else:
        chosen = [r for r in facts.roles if r.counts and r.senior]
        years = facts.senior_years
    return _by_years(c, years, "in senior, lead or architect titles", chosen)


def _by_years(c: Criterion, years: float, what: str, roles: Sequence[Role]) -> Check:
    minimum = c.spec["minimum_years"]
    evidence = tuple(r.evidence for r in sorted(roles, key=lambda r: r.start, reverse=True))
    years = round(years, 1)
    shown = f"{years:g} years {what} ({len(roles)} role{'s' if len(roles) != 1 else ''})"
    if years >= minimum:
        return check(c, "met", 1.0, f"{shown}; {minimum:g} asked", evidence)
    if years > 0 and c.spec["partial"]:
        return check(c, "partial", years / minimum, f"{shown}; {minimum:g} asked", evidence)
    return check(c, "unmet", 0, f"{shown}; {minimum:g} asked", evidence)


def _stated_or_unknown(c: Criterion, facts: ResumeFacts) -> Check:
    if facts.stated_years is None or c.spec["roles"]:
        return check(
            c, "unknown", 0, "no dated roles found, so years of experience cannot be computed"
        )
    result = _by_years(c, facts.stated_years, "as stated by the candidate (no dated roles)", ())
    evidence = (facts.stated_evidence,) if facts.stated_evidence else ()
    return Check(result.status, result.fraction, result.reason, evidence)


def _role_matches(role: Role, words: tuple[str, ...]) -> bool:
    return matches_any(words, role.title, *(b.text for b in role.bullets)) is not None


def _years(roles: Iterable[Role]) -> float:
    """Years covered by the roles, overlapping months counted once."""
    spans = []
    loose = 0  # months of roles whose start cannot be placed: counted, without overlap merging
    for r in roles:
        try:
            year, month = (int(x) for x in r.start.split("-")[:2])
        except ValueError:
            loose += max(r.months, 0)
            continue
        first = year * 12 + month - 1
        spans.append((first, first + max(r.months, 1) - 1))
    months = loose
    end = -1
    for first, last in sorted(spans):
        if last <= end:
            continue
        months += last - max(first, end + 1) + 1
        end = last
    return months / 12
