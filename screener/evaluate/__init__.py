"""RÉSUMÉ FACTS x RUBRIC -> checks, a 0-100 score and a recommendation. Pure: no I/O, no printing.

Scoring (docs/rubric.md): each criterion earns weight x its fraction (met 1, partial in
between, unmet 0). Criteria whose status is `unknown` leave the denominator, so a résumé is
never marked down for what it gives no way to tell. score = 100 x earned / weight of known
criteria. Knockouts (required criteria) are counted in the score like the rest and also cap
the recommendation: one unmet caps it at "below bar"; one partial or unknown caps it at
"review", because a person has to look.
"""

from __future__ import annotations

from collections.abc import Callable

from screener.evaluate.aliases import first_literal
from screener.evaluate.background import check_degree, check_experience, check_seniority
from screener.evaluate.common import Check, result
from screener.evaluate.fuzzy import fuzzy_anchors
from screener.evaluate.location import RELOCATE, check_location
from screener.evaluate.matcher import RubricMatcher
from screener.evaluate.mentions import check_evidence, check_phrases, check_skills
from screener.evaluate.metric import check_metric
from screener.evaluate.text import DocText
from screener.models import (
    CheckResult,
    Criterion,
    Document,
    Evaluation,
    ResumeFacts,
    Rubric,
    Verdicts,
)

__all__ = [
    "BELOW_BAR",
    "REVIEW",
    "SHORTLIST",
    "VERDICTS",
    "evaluate",
    "score_checks",
    "verdict_for",
]

SHORTLIST, REVIEW, BELOW_BAR = "shortlist", "review", "below bar"
VERDICTS = (SHORTLIST, REVIEW, BELOW_BAR)  # best first

CHECKS: dict[str, Callable[[Criterion, ResumeFacts, DocText], Check]] = {
    "degree": check_degree,
    "experience": check_experience,
    "seniority": check_seniority,
    "skills": check_skills,
    "phrases": check_phrases,
    "metric": check_metric,
    "location": check_location,
    "evidence": check_evidence,
}


def evaluate(document: Document, facts: ResumeFacts, rubric: Rubric) -> Evaluation:
    doc = DocText.of(document)
    doc.scan(_matcher_of(rubric))
    checks = tuple([result(c, CHECKS[c.kind](c, facts, doc)) for c in rubric.criteria])
    score = score_checks(checks)
    verdict, failed = verdict_for(checks, score, rubric.verdicts)
    return Evaluation(checks=checks, score=score, verdict=verdict, failed_knockouts=failed)


# The rubric whose matcher was built last, by id (kept alive, so the id stays its own).
_MATCHERS: dict[int, tuple[Rubric, RubricMatcher]] = {}


def _matcher_of(rubric: Rubric) -> RubricMatcher:
    """Every alias the rubric searches the text for, and their word starts, as one scan."""
    known = _MATCHERS.get(id(rubric))
    if known is not None and known[0] is rubric:
        return known[1]
    aliases: list[str] = []
    leads: list[str] = []  # the words fuzzy matching may anchor on, too
    for c in rubric.criteria:
        s = c.spec
        if c.kind == "phrases":
            aliases += (a for concept in s["concepts"] for a in concept["aliases"])
            leads += (w for concept in s["concepts"] for w in fuzzy_anchors(concept["name"]))
        elif c.kind == "metric":
            aliases += s["units"]
        elif c.kind == "evidence":
            aliases += (*s["strong"], *s["weak"])
        elif c.kind == "location" and s["relocation"]:
            aliases += RELOCATE
    # Aliases in capitals are looked for lower-cased too: where no word starts so, they are
    # not in the text either.
    leads += (first_literal(a).lower() for a in aliases)
    matcher = RubricMatcher(dict.fromkeys(aliases), dict.fromkeys(leads))
    if len(_MATCHERS) >= 8:
        _MATCHERS.clear()
    _MATCHERS[id(rubric)] = (rubric, matcher)
    return matcher


def score_checks(checks: tuple[CheckResult, ...]) -> float:
    """100 x points earned / weight of the criteria that could be judged (unknown left out)."""
    known = [c for c in checks if c.status != "unknown"]
    total = sum(c.weight for c in known)
    if total <= 0:
        return 0.0
    return round(100 * sum(c.points for c in known) / total, 1)


def verdict_for(
    checks: tuple[CheckResult, ...], score: float, thresholds: Verdicts
) -> tuple[str, tuple[str, ...]]:
    """The recommendation word and the ids of the knockouts not met."""
    if all(c.status == "unknown" for c in checks):
        verdict = REVIEW  # nothing could be judged: a person has to read it
    elif score >= thresholds.shortlist:
        verdict = SHORTLIST
    elif score >= thresholds.review:
        verdict = REVIEW
    else:
        verdict = BELOW_BAR
    failed = tuple(c.id for c in checks if c.required and c.status == "unmet")
    doubtful = any(c.required and c.status in ("partial", "unknown") for c in checks)
    if failed:
        verdict = BELOW_BAR
    elif doubtful and verdict == SHORTLIST:
        verdict = REVIEW
    return verdict, failed
