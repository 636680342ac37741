"""Hand-made Documents, ResumeFacts and rubrics for the rubric, evaluate and report tests.

Every text here is fictional and written for these tests.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from screener.models import (
    Contact,
    Criterion,
    Degree,
    Document,
    Evidence,
    Failure,
    Line,
    ResumeFacts,
    Role,
    Rubric,
    Screening,
    Section,
    SkillFact,
)
from screener.rubric import parse_rubric


class FakeTaxonomy:
    """The interface of screener.taxonomy: canonical(name) and names."""

    def __init__(self, names: Sequence[str], aliases: dict[str, str] | None = None) -> None:
        self.names = tuple(names)
        self._lookup = {n.lower(): n for n in names} | {
            k.lower(): v for k, v in (aliases or {}).items()
        }

    def canonical(self, name: str) -> str | None:
        return self._lookup.get(name.lower())


TAXONOMY = FakeTaxonomy(
    [
        "Python",
        "Go",
        "Node.js",
        "PostgreSQL",
        "Kubernetes",
        "AWS",
        "EKS",
        "RDS",
        "ElastiCache",
        "SQS",
        "SNS",
        "Istio",
        "Linkerd",
        "Kafka",
        "RabbitMQ",
        "Redis",
        "Memcached",
        "Terraform",
        "CloudFormation",
        "Prometheus",
        "Grafana",
        "Elasticsearch",
        "OAuth2",
        "JWT",
        "CQRS",
        "Event Sourcing",
        "Microservices",
        *[
            "ActiveMQ",
            "NATS",
            "Kinesis",
            "Pulumi",
            "Kibana",
            "Logstash",
            "OpenTelemetry",
            "Jaeger",
            "Datadog",
            "Splunk",
        ],
        *("Apache Pulsar", "Google Pub/Sub", "Azure Service Bus", "Azure Event Hubs", "AWS CDK"),
        *("ELK Stack", "New Relic", "OpenID Connect", "SAML", "Keycloak", "Auth0"),
    ],
    {"k8s": "Kubernetes", "golang": "Go", "postgres": "PostgreSQL"},
)


def document(*lines: str, page_size: int = 1000, path: str = "cv.pdf") -> Document:
    """A Document from text lines; line numbers count per page from 1."""
    out = [Line(text, i // page_size + 1, i % page_size + 1) for i, text in enumerate(lines)]
    return Document(path, "0" * 64, "pdf", max(1, (len(lines) - 1) // page_size + 1), tuple(out))


def ev(text: str, line: int = 1, page: int = 1) -> Evidence:
    return Evidence(text, page, line)


def role(
    title: str,
    start: str,
    months: int,
    *,
    senior: bool = False,
    counts: bool = True,
    bullets: Sequence[str] = (),
    line: int = 1,
) -> Role:
    return Role(
        title,
        "Example Co",
        None,
        start,
        None,
        months,
        senior,
        counts,
        None if counts else "internship",
        "experience",
        ev(f"{title}, Example Co", line),
        tuple(ev(b, line + i + 1) for i, b in enumerate(bullets)),
    )


def degree(
    level: str,
    field: str | None = "Computer Science",
    *,
    name: str | None = None,
    completed: bool = True,
) -> Degree:
    name = (
        name
        or {"bachelor": "B.S.", "master": "M.S.", "doctorate": "Ph.D.", "associate": "A.S."}[level]
    )
    return Degree(
        level,
        name,
        field,
        "Example University",
        2010,
        completed,
        ev(f"{name} {field or ''}".strip(), 20),
    )


def skill(
    name: str,
    *,
    in_roles: int = 1,
    months: int = 24,
    sections: Sequence[str] = ("experience",),
    line: int = 5,
) -> SkillFact:
    return SkillFact(
        name,
        "tool",
        1,
        tuple(sections),
        months if in_roles else 0,
        None,
        (ev(f"Worked with {name}", line),),
        None,
        in_roles,
    )


def facts(
    *,
    roles: Sequence[Role] = (),
    education: Sequence[Degree] = (),
    skills: Sequence[SkillFact] = (),
    experience_years: float | None = None,
    senior_years: float | None = None,
    location: str | None = None,
    links: Sequence[str] = (),
    sections: Sequence[Section] = (),
    name: str | None = "Casey Example",
    email: str | None = "casey@example.com",
    stated_years: float | None = None,
) -> ResumeFacts:
    """ResumeFacts; years default to the sum of the (non-overlapping) roles given."""
    if experience_years is None:
        experience_years = round(sum(r.months for r in roles if r.counts) / 12, 1)
    if senior_years is None:
        senior_years = round(sum(r.months for r in roles if r.counts and r.senior) / 12, 1)
    levels = ("none", "associate", "bachelor", "master", "doctorate")
    highest = max((d.level for d in education if d.completed), key=levels.index, default="none")
    contact = Contact(
        name, email, None, location, tuple(links), (ev(f"{name} {location or ''}", 1),)
    )
    return ResumeFacts(
        contact,
        tuple(sections),
        tuple(roles),
        tuple(education),
        tuple(skills),
        highest,
        experience_years,
        senior_years,
        stated_years=stated_years,
        stated_evidence=ev(f"{stated_years} years of experience", 3) if stated_years else None,
    )


def rubric(yaml_text: str, *, taxonomy: FakeTaxonomy | None = TAXONOMY) -> Rubric:
    return parse_rubric(textwrap.dedent(yaml_text), "rubric.yaml", taxonomy)


def criterion(kind_yaml: str, *, weight: float = 10, required: bool = False) -> Criterion:
    """One criterion from the kind's own keys, e.g. criterion("kind: metric\\nminimum: 10\\nunits: [rps]")."""
    body = textwrap.indent(textwrap.dedent(kind_yaml).strip(), "    ")
    text = (
        f"title: T\ncriteria:\n  - id: c\n    label: L\n    weight: {weight}\n"
        f"    required: {str(required).lower()}\n{body}\n"
    )
    return parse_rubric(text, "rubric.yaml", TAXONOMY).criteria[0]


def screening(
    file: str,
    score: float,
    verdict: str,
    checks=(),
    *,
    name: str | None = "Casey Example",
    failed: tuple[str, ...] = (),
    resume: ResumeFacts | None = None,
) -> Screening:
    return Screening(
        file, "0" * 64, "pdf", 1, resume or facts(name=name), tuple(checks), score, verdict, failed
    )


def failure(
    file: str, code: str = "encrypted", message: str = "the file is password-protected"
) -> Failure:
    return Failure(file, None, code, message)
