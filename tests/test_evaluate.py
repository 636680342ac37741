"""Scoring and recommendations: weighted points, unknown left out, knockouts capping the verdict."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.evaluate import evaluate, score_checks, verdict_for
from screener.models import CheckResult, Evaluation, Verdicts
from screener.rubric import load_rubric
from tests.factories import TAXONOMY, degree, document, facts, role, rubric, skill

ROOT = Path(__file__).resolve().parent.parent


def result(
    cid: str, status: str, points: float, weight: float = 10, required: bool = False
) -> CheckResult:
    return CheckResult(cid, cid, "skills", required, weight, status, points, "why")


def test_score_is_points_over_known_weight() -> None:
    checks = (
        result("a", "met", 10),
        result("b", "partial", 5),
        result("c", "unmet", 0),
        result("d", "unknown", 0, weight=50),
    )
    assert score_checks(checks) == 50.0


def test_score_with_nothing_known_is_zero_and_a_review() -> None:
    checks = (result("a", "unknown", 0),)
    assert score_checks(checks) == 0.0
    assert verdict_for(checks, 0.0, Verdicts()) == ("review", ())


@pytest.mark.parametrize(
    ("checks", "score", "verdict", "failed"),
    [
        ((result("a", "met", 10),), 80, "shortlist", ()),
        ((result("a", "met", 10),), 60, "review", ()),
        ((result("a", "met", 10),), 30, "below bar", ()),
        ((result("k", "unmet", 0, required=True),), 90, "below bar", ("k",)),
        ((result("k", "partial", 5, required=True),), 90, "review", ()),
        ((result("k", "unknown", 0, required=True),), 90, "review", ()),
        ((result("k", "partial", 5, required=True),), 30, "below bar", ()),
        ((result("a", "unmet", 0), result("k", "met", 10, required=True)), 80, "shortlist", ()),
    ],
)
def test_verdicts_and_knockout_caps(
    checks, score: float, verdict: str, failed: tuple[str, ...]
) -> None:
    assert verdict_for(checks, score, Verdicts(75, 50)) == (verdict, failed)


SMALL = """
title: T
verdicts: {shortlist: 75, review: 50}
criteria:
  - id: k8s
    label: Kubernetes in production
    kind: skills
    weight: 6
    required: true
    all: [Kubernetes]
    in_experience: true
  - id: years
    label: 5+ years
    kind: experience
    weight: 4
    minimum_years: 5
"""


def test_evaluate_builds_checks_in_rubric_order_with_points_and_reasons() -> None:
    resume = facts(roles=[role("Engineer", "2020-01", 30)], skills=[skill("Kubernetes")])
    out = evaluate(document("Engineer"), resume, rubric(SMALL))
    assert isinstance(out, Evaluation)
    assert [(c.id, c.status, c.points) for c in out.checks] == [
        ("k8s", "met", 6.0),
        ("years", "partial", 2.0),
    ]
    assert out.score == 80.0
    assert out.verdict == "shortlist" and out.failed_knockouts == ()
    assert all(c.reason for c in out.checks)


def test_a_missing_knockout_is_listed_and_caps_the_verdict() -> None:
    resume = facts(roles=[role("Engineer", "2010-01", 120)])
    out = evaluate(document("Engineer"), resume, rubric(SMALL))
    assert (out.score, out.verdict, out.failed_knockouts) == (40.0, "below bar", ("k8s",))


def test_unknown_years_are_shown_not_scored_as_unmet() -> None:
    out = evaluate(document("Engineer"), facts(skills=[skill("Kubernetes")]), rubric(SMALL))
    assert out.checks[1].status == "unknown" and out.checks[1].points == 0
    assert out.score == 100.0
    assert out.verdict == "shortlist"  # years are not a knockout in this rubric


STRONG = [
    "Casey Example",
    "casey@example.com | Brooklyn, NY | github.com/casey-example",
    "EXPERIENCE",
    "Principal Backend Architect, Example Co, Jan 2017 - Present",
    "Designed event-driven microservices and distributed systems in Go on Kubernetes.",
    "Scaled the API gateway with rate limiting to 150k requests per second for 10M users.",
    "Tuned PostgreSQL query performance; replication and sharding; Redis caching.",
    "Load balancing with ALB and autoscaling; TLS everywhere; OWASP reviews.",
    "Chose eventual consistency where the CAP theorem allowed it.",
    "Senior Software Engineer, Sample Labs, Jan 2012 - Dec 2016",
    "Deployed ML models with SageMaker; query optimization; Terraform.",
    "OPEN SOURCE",
    "Maintainer of an open-source queue library",
    "PUBLICATIONS",
    "Talk at KubeCon on multi-tenant clusters",
]


def strong_facts():
    roles = [
        role("Principal Backend Architect", "2017-01", 119, senior=True, line=4),
        role("Senior Software Engineer", "2012-01", 60, senior=True, line=10),
    ]
    names = [
        "Go",
        "Kubernetes",
        "AWS",
        "EKS",
        "RDS",
        "SQS",
        "PostgreSQL",
        "Microservices",
        "Istio",
        "Kafka",
        "CQRS",
        "Event Sourcing",
        "Redis",
        "OAuth2",
        "Terraform",
        "Prometheus",
    ]
    return facts(
        roles=roles,
        education=[degree("master")],
        skills=[skill(n, in_roles=2) for n in names],
        location="Brooklyn, NY",
    )


def test_the_shipped_rubric_shortlists_a_strong_resume() -> None:
    out = evaluate(document(*STRONG), strong_facts(), load_rubric(ROOT / "rubric.yaml", TAXONOMY))
    unmet = [(c.id, c.status, c.reason) for c in out.checks if c.status != "met"]
    assert out.verdict == "shortlist", unmet
    assert out.score >= 90, unmet
    assert out.failed_knockouts == ()
    for c in out.checks:
        assert c.status == "unknown" or c.evidence or c.status == "unmet", c


def test_the_shipped_rubric_knocks_out_a_resume_without_the_basics() -> None:
    resume = facts(
        roles=[role("Web Developer", "2023-01", 24)],
        education=[degree("bachelor", "History")],
        skills=[skill("Python")],
    )
    out = evaluate(
        document("Web Developer", "Made websites"),
        resume,
        load_rubric(ROOT / "rubric.yaml", TAXONOMY),
    )
    assert out.verdict == "below bar"
    assert set(out.failed_knockouts) == {"degree", "senior-years", "kubernetes"}


def test_a_long_document_is_evaluated_like_a_short_one() -> None:
    lines = [
        f"Line {i}: built services in Go, reviewed pull requests and wrote docs."
        for i in range(400)
    ]
    doc, resume, rub = document(*lines), strong_facts(), load_rubric(ROOT / "rubric.yaml", TAXONOMY)
    short = evaluate(document(*lines[:1]), resume, rub)
    long = evaluate(doc, resume, rub)
    assert [c.status for c in long.checks] == [c.status for c in short.checks]
    assert long.score == short.score


def test_a_check_result_made_from_its_slots_equals_the_constructors() -> None:
    import pickle

    from screener.evaluate.common import Check, _made_by_constructor, _result
    from screener.models import Evidence
    from tests.factories import criterion

    c = criterion("kind: skills\nany: [Python]\n", weight=7)
    found = Check("partial", 0.333333, "found Python", (Evidence("x", 1, 2),))
    made, expected = _result(c, found), _made_by_constructor(c, found)
    assert made == expected and repr(made) == repr(expected)
    assert pickle.loads(pickle.dumps(made)) == expected
