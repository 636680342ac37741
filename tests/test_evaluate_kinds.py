"""Each criterion kind against hand-made documents and facts: met, partial, unmet, unknown."""

from __future__ import annotations

import pytest

from screener.evaluate import CHECKS
from screener.evaluate.text import DocText
from tests.factories import criterion, degree, document, facts, role, skill

DEGREE = """
kind: degree
minimum: master
preferred: doctorate
fields: [computer science, software engineering, comput*]
equivalent:
  - {level: bachelor, experience_years: 10}
"""


def run(kind_yaml: str, resume, *lines: str, weight: float = 10):
    c = criterion(kind_yaml, weight=weight)
    found = CHECKS[c.kind](c, resume, DocText.of(document(*lines)))
    return found.status, round(found.fraction * weight, 2), found


@pytest.mark.parametrize(
    ("name", "resume", "status", "points"),
    [
        ("doctorate is the preferred level", facts(education=[degree("doctorate")]), "met", 10),
        (
            "master's meets the minimum",
            facts(education=[degree("master", "Computer Engineering")]),
            "met",
            8,
        ),
        ("field not stated still counts", facts(education=[degree("master", None)]), "met", 8),
        (
            "bachelor plus ten years is equivalent",
            facts(education=[degree("bachelor")], roles=[role("Engineer", "2010-01", 132)]),
            "met",
            8,
        ),
        (
            "bachelor with fewer years is one level below",
            facts(education=[degree("bachelor")], roles=[role("Engineer", "2018-01", 60)]),
            "partial",
            5,
        ),
        ("master's in another field", facts(education=[degree("master", "History")]), "partial", 5),
        (
            "unfinished master's does not count",
            facts(education=[degree("master", completed=False)]),
            "unmet",
            0,
        ),
        ("associate degree is too low", facts(education=[degree("associate")]), "unmet", 0),
        ("no education at all is unknown", facts(), "unknown", 0),
    ],
)
def test_degree(name: str, resume, status: str, points: float) -> None:
    got_status, got_points, found = run(DEGREE, resume, "text")
    assert (got_status, got_points) == (status, points), found.reason
    assert found.reason


def test_degree_evidence_points_at_the_degree_line() -> None:
    _, _, found = run(DEGREE, facts(education=[degree("master")]), "x")
    assert found.evidence[0].text.startswith("M.S.")


EXPERIENCE = "kind: experience\nminimum_years: 8\nroles: [backend, software, server*]"


@pytest.mark.parametrize(
    ("name", "roles", "status", "points"),
    [
        ("enough backend years", [role("Backend Engineer", "2014-01", 120)], "met", 10),
        (
            "partial credit below the minimum",
            [role("Software Engineer", "2020-01", 48)],
            "partial",
            5,
        ),
        (
            "matched by a bullet",
            [role("Engineer", "2016-01", 96, bullets=["Wrote server code"])],
            "met",
            10,
        ),
        ("other kinds of role do not count", [role("Sales Manager", "2010-01", 150)], "unmet", 0),
        (
            "internships do not count",
            [role("Backend Intern", "2010-01", 120, counts=False)],
            "unmet",
            0,
        ),
        (
            "overlapping roles count once",
            [role("Backend Engineer", "2018-01", 48), role("Software Consultant", "2018-01", 48)],
            "partial",
            5,
        ),
        ("no dated roles is unknown", [], "unknown", 0),
    ],
)
def test_experience(name: str, roles, status: str, points: float) -> None:
    got_status, got_points, found = run(EXPERIENCE, facts(roles=roles), "x")
    assert (got_status, got_points) == (status, points), found.reason


def test_experience_without_role_filter_uses_total_years_and_stated_years() -> None:
    spec = "kind: experience\nminimum_years: 8"
    assert run(spec, facts(roles=[role("Chef", "2010-01", 12)], experience_years=9.0), "x")[:2] == (
        "met",
        10,
    )
    status, points, found = run(spec, facts(stated_years=12), "x")
    assert (status, points) == ("met", 10) and "stated" in found.reason and found.evidence


@pytest.mark.parametrize(
    ("roles", "status", "points"),
    [
        ([role("Staff Engineer", "2020-01", 48, senior=True)], "met", 10),
        (
            [role("Lead Developer", "2025-01", 18, senior=True), role("Developer", "2020-01", 60)],
            "partial",
            5,
        ),
        ([role("Developer", "2015-01", 120)], "unmet", 0),
        ([], "unknown", 0),
    ],
)
def test_seniority(roles, status: str, points: float) -> None:
    got_status, got_points, found = run(
        "kind: seniority\nminimum_years: 3", facts(roles=roles), "x"
    )
    assert (got_status, got_points) == (status, points), found.reason


def test_seniority_with_title_words_counts_only_those_titles() -> None:
    roles = [
        role("Engineering Manager", "2018-01", 60, senior=True),
        role("Architect", "2023-01", 12),
    ]
    assert run("kind: seniority\nminimum_years: 2\ntitles: [architect*]", facts(roles=roles), "x")[
        :2
    ] == ("partial", 5)


K8S = "kind: skills\nall: [Kubernetes]\nin_experience: true"


@pytest.mark.parametrize(
    ("spec", "skills", "status", "points"),
    [
        ("kind: skills\nany: [Python, Go, Node.js]", [skill("Go")], "met", 10),
        ("kind: skills\nany: [Python, Go]", [skill("Redis")], "unmet", 0),
        ("kind: skills\nall: [CQRS, Event Sourcing]", [skill("CQRS")], "partial", 5),
        (
            "kind: skills\nat_least: 2\nof: [AWS, EKS, RDS, SQS]",
            [skill("EKS"), skill("SQS"), skill("RDS")],
            "met",
            10,
        ),
        ("kind: skills\nat_least: 4\nof: [AWS, EKS, RDS, SQS]", [skill("EKS")], "partial", 2.5),
        (K8S, [skill("Kubernetes", in_roles=2)], "met", 10),
        (K8S, [skill("Kubernetes", in_roles=0, sections=("skills",))], "partial", 5),
        (K8S, [], "unmet", 0),
    ],
)
def test_skills(spec: str, skills, status: str, points: float) -> None:
    got_status, got_points, found = run(spec, facts(skills=skills), "x")
    assert (got_status, got_points) == (status, points), found.reason


def test_skills_reason_and_evidence_say_where() -> None:
    _, _, found = run(
        K8S, facts(skills=[skill("Kubernetes", in_roles=0, sections=("skills",))]), "x"
    )
    assert found.reason == "found Kubernetes (not in a dated role); all of 1 asked"
    assert found.evidence[0].text == "Worked with Kubernetes"


PHRASES = """
kind: phrases
all:
  - {name: rate limiting, aliases: [rate limit*, throttling]}
  - {name: CAP theorem, aliases: [CAP]}
"""


@pytest.mark.parametrize(
    ("lines", "status", "points"),
    [
        (["Added rate-limiting to the public API", "Reasoned about the CAP theorem"], "met", 10),
        (["Built a ratelimiter in Go", "cap on spending"], "partial", 5),  # "CAP" only in capitals
        (["Request throttling at the edge", "Chose AP under CAP"], "met", 10),
        (["Nothing relevant here"], "unmet", 0),
        (["Wrote a rate limting layer for the gateway"], "partial", 5),  # near spelling, fuzzy
        (["Generated separate limits for each customer"], "unmet", 0),  # one word is not the phrase
    ],
)
def test_phrases(lines: list[str], status: str, points: float) -> None:
    got_status, got_points, found = run(PHRASES, facts(), *lines)
    assert (got_status, got_points) == (status, points), found.reason


def test_phrases_evidence_and_fuzzy_can_be_turned_off() -> None:
    _, _, found = run(PHRASES, facts(), "intro", "Designed rate limiting for 30 services")
    assert found.evidence[0].where() == "1:2"
    assert "rate limiting (1:2)" in found.reason
    spec = PHRASES + "fuzzy: false\n"
    assert run(spec, facts(), "Wrote a rate limting layer for the gateway")[0] == "unmet"


THROUGHPUT = "kind: metric\nminimum: 100000\nunits: [requests per second, req/sec, RPS, QPS]"
USERS = "kind: metric\nminimum: 1000000\nunits: [concurrent users, users, customers]"


@pytest.mark.parametrize(
    ("spec", "line", "status", "points"),
    [
        (THROUGHPUT, "Scaled ingestion to 150k requests per second", "met", 10),
        (THROUGHPUT, "Sustained 200,000 RPS at peak", "met", 10),
        (THROUGHPUT, "Served 1M QPS from the edge cache", "met", 10),
        (THROUGHPUT, "Handles 100K+ req/sec", "met", 10),
        (THROUGHPUT, "Reached 50k requests per second", "partial", 5),
        (THROUGHPUT, "Cut costs by $150K per year; 150k downloads", "unmet", 0),
        (THROUGHPUT, "Reduced requests per second by 40%", "unmet", 0),
        (USERS, "Platform for 10M users worldwide", "met", 10),
        (USERS, "Designed systems for millions of concurrent users", "met", 10),
        (USERS, "Grew to 2.5 million monthly active users", "met", 10),
        (USERS, "Supported 500,000 concurrent users", "partial", 5),
        (USERS, "Mentored 5 users of the tool", "unmet", 0),
        (USERS, "Raised $10M from investors", "unmet", 0),
    ],
)
def test_metric(spec: str, line: str, status: str, points: float) -> None:
    got_status, got_points, found = run(spec, facts(), line)
    assert (got_status, got_points) == (status, points), found.reason


def test_metric_reason_names_the_largest_figure() -> None:
    _, _, found = run(THROUGHPUT, facts(), "10k RPS at first", "then 120k requests per second")
    assert found.reason == "largest figure: '120k requests per second' = 120,000; 100,000 asked"
    assert [e.line for e in found.evidence] == [2, 1]


LOCATION = "kind: location\nplaces: [New York, NYC, Brooklyn]\nremote_within: US"


@pytest.mark.parametrize(
    ("location", "lines", "status", "points"),
    [
        ("Brooklyn, NY", ["Casey Example", "Brooklyn, NY"], "met", 10),
        ("Austin, TX", ["Casey Example", "Austin, TX"], "met", 10),
        (None, ["Casey Example", "casey@example.com | Denver, CO 80202"], "met", 10),
        ("Lyon, France", ["Casey Example", "Lyon, France"], "unmet", 0),
        ("Lyon, France", ["Casey Example", "Lyon, France", "Willing to relocate"], "partial", 5),
        (None, ["Casey Example", "casey@example.com"], "unknown", 0),
    ],
)
def test_location(location, lines: list[str], status: str, points: float) -> None:
    got_status, got_points, found = run(LOCATION, facts(location=location), *lines)
    assert (got_status, got_points) == (status, points), found.reason


def test_location_ignores_employer_places_far_below_the_header() -> None:
    lines = (
        ["Casey Example", "casey@example.com"] + ["filler"] * 10 + ["Engineer, Acme, New York, NY"]
    )
    assert run(LOCATION, facts(), *lines)[0] == "unknown"


OPEN_SOURCE = """
kind: evidence
sections: [open source]
strong: [maintainer, core contributor]
weak: [github.com]
"""


@pytest.mark.parametrize(
    ("lines", "links", "status", "points"),
    [
        (["Maintainer of a popular YAML parser"], [], "met", 10),
        (["Projects", "github.com/casey/tool"], [], "partial", 5),
        (["Nothing"], ["https://github.com/casey"], "partial", 5),
        (["Maintained the billing service"], [], "unmet", 0),
    ],
)
def test_evidence(lines: list[str], links: list[str], status: str, points: float) -> None:
    got_status, got_points, found = run(OPEN_SOURCE, facts(links=links), *lines)
    assert (got_status, got_points) == (status, points), found.reason


def test_evidence_section_counts_as_met() -> None:
    from screener.models import Section
    from tests.factories import ev

    sections = [Section("other", ev("OPEN SOURCE", 2), 2, 3)]
    status, points, found = run(
        OPEN_SOURCE, facts(sections=sections), "Casey", "OPEN SOURCE", "Patches to a compiler"
    )
    assert (status, points) == ("met", 10)
    assert [e.text for e in found.evidence] == ["OPEN SOURCE", "Patches to a compiler"]


def test_location_reads_only_above_the_first_heading() -> None:
    from screener.models import Section
    from tests.factories import ev

    lines = ["Casey Example", "EXPERIENCE", "Engineer, Acme, Austin, TX"]
    sections = [Section("experience", ev("EXPERIENCE", 2), 2, 3)]
    assert run(LOCATION, facts(sections=sections), *lines)[0] == "unknown"
    assert run(LOCATION, facts(), *lines)[0] == "met"  # no sections known: the first lines are read


def test_skills_evidence_prefers_lines_inside_dated_roles() -> None:
    from screener.models import SkillFact
    from tests.factories import ev

    fact = SkillFact(
        "Go",
        "language",
        2,
        ("summary", "experience"),
        24,
        None,
        (ev("Summary naming Go", 2), ev("Wrote the router in Go", 6)),
        None,
        1,
    )
    work = role("Engineer", "2020-01", 24, bullets=["Wrote the router in Go"], line=5)
    _, _, found = run(
        "kind: skills\nany: [Go]\nin_experience: true", facts(roles=[work], skills=[fact]), "x"
    )
    assert [e.line for e in found.evidence] == [6, 2]


def test_location_reads_a_contact_section_too() -> None:
    from screener.models import Section
    from tests.factories import ev

    lines = ["Casey Example", "EXPERIENCE", "Engineer, Acme", "CONTACT", "Austin, TX"]
    sections = [
        Section("experience", ev("EXPERIENCE", 2), 2, 3),
        Section("contact", ev("CONTACT", 4), 4, 5),
    ]
    status, _, found = run(LOCATION, facts(sections=sections), *lines)
    assert status == "met" and found.evidence[0].line == 5
