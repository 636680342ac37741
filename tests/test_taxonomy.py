"""The skill taxonomy: size, the labelled vocabulary, unique spellings, declared parents."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
import yaml

from screener.taxonomy import Skill, Taxonomy, fold, load_taxonomy, read_yaml

# The names the corpus labels judge (../shared/corpus/skills-vocabulary.txt), kept here so
# the check also runs where that file is absent. Each must be a canonical name, spelt so.
NAMES = (
    "Python", "Go", "Node.js", "Java", "JavaScript", "TypeScript", "PostgreSQL", "MySQL",
    "MongoDB", "Redis", "Memcached", "Kubernetes", "Docker", "Helm", "AWS", "EKS", "RDS",
    "ElastiCache", "SQS", "SNS", "AWS Lambda", "GCP", "Azure", "Istio", "Linkerd", "Kafka",
    "RabbitMQ", "Terraform", "CloudFormation", "Ansible", "Prometheus", "Grafana",
    "Elasticsearch", "GraphQL", "gRPC", "OAuth2", "JWT", "CQRS", "Event Sourcing",
    "Microservices", "Jenkins", "Linux",
)
SHARED_VOCABULARY = Path(__file__).resolve().parents[2] / "shared/corpus/skills-vocabulary.txt"


def raw_entries() -> list[dict]:
    text = resources.files("screener.data").joinpath("skills.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["skills"]


def test_in_repo_vocabulary_list_is_complete() -> None:
    assert len(NAMES) == 42 and len(set(NAMES)) == 42
    assert {"AWS Lambda", "Event Sourcing", "SNS", "GCP", "Microservices"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_vocabulary_name_is_canonical(name: str) -> None:
    taxonomy = load_taxonomy()
    assert name in taxonomy.names
    assert taxonomy.canonical(name) == name
    assert taxonomy.canonical(name.upper()) == name


@pytest.mark.skipif(not SHARED_VOCABULARY.exists(), reason="shared corpus not present")
def test_shared_vocabulary_names_are_canonical() -> None:
    wanted = [n.strip() for n in SHARED_VOCABULARY.read_text(encoding="utf-8").splitlines() if n.strip()]
    missing = [n for n in wanted if n not in load_taxonomy().names]
    assert not missing


def test_size_and_categories() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy.names) >= 300
    counts = Counter(s.category for s in taxonomy.skills)
    for category in ("backend", "cloud", "data", "language"):
        assert counts[category] >= 40, counts


def test_no_spelling_belongs_to_two_skills() -> None:
    owners: dict[str, set[str]] = {}
    for entry in raw_entries():
        for text in [entry["name"], *entry.get("aliases", []), *entry.get("weak", [])]:
            owners.setdefault(fold(str(text)), set()).add(entry["name"])
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert not shared


def test_every_parent_exists_and_nothing_implies_itself() -> None:
    entries = raw_entries()
    names = {e["name"] for e in entries}
    assert len(names) == len(entries), "a name is declared twice"
    taxonomy = load_taxonomy()
    for entry in entries:
        for parent in entry.get("parents", []):
            assert parent in names, (entry["name"], parent)
        assert entry["name"] not in taxonomy.ancestors(entry["name"])


def test_only_known_keys_in_entries() -> None:
    allowed = {"name", "category", "aliases", "weak", "context", "parents", "exact", "reject_after",
               "context_with"}
    for entry in raw_entries():
        assert set(entry) <= allowed, entry["name"]
        assert entry.get("context", "list") in {"list", "parent"}


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [("golang", "Go"), ("POSTGRES", "PostgreSQL"), ("k8s", "Kubernetes"), ("nodejs", "Node.js"),
     ("Amazon Web Services", "AWS"), ("amazon eks", "EKS"), ("ELK stack", "ELK Stack"),
     ("OAuth 2.0", "OAuth2"), ("json web token", "JWT"), ("event-sourcing", "Event Sourcing"),
     ("micro services", "Microservices"), ("c#", "C#"), ("ASP.NET core", "ASP.NET"),
     ("nonsense-tech", None), ("", None)],
)
def test_canonical_ignores_case(spelling: str, canonical: str | None) -> None:
    assert load_taxonomy().canonical(spelling) == canonical


def test_category_parents_and_ancestors() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.category("eks") == "cloud"
    assert taxonomy.category("Python") == "language"
    assert taxonomy.category("unknown") is None
    assert set(taxonomy.parents("EKS")) == {"AWS", "Kubernetes"}
    assert taxonomy.parents("AWS") == ()
    assert taxonomy.parents("Kibana") == ()  # Kibana alone is not Elasticsearch
    assert taxonomy.parents("Firebase") == ()  # nor is Firebase Google Cloud
    assert "AWS" in taxonomy.ancestors("Fargate")


@pytest.mark.parametrize(("typo", "expected"),
                         [("Kubernets", "Kubernetes"), ("Postgress", "PostgreSQL"),
                          ("Terraform", "Terraform"), ("elasticsearh", "Elasticsearch")])
def test_suggest(typo: str, expected: str) -> None:
    suggestions = load_taxonomy().suggest(typo)
    assert suggestions and suggestions[0] == expected, suggestions
    assert len(load_taxonomy().suggest(typo, limit=2)) <= 2


def test_loaded_once() -> None:
    assert load_taxonomy() is load_taxonomy()


@pytest.mark.parametrize(
    ("skills", "message"),
    [
        ((Skill("A", "tool", aliases=("x",)), Skill("B", "tool", aliases=("X",))), "belongs to"),
        ((Skill("A", "tool", parents=("B",)),), "unknown parent"),
        ((Skill("A", "tool", parents=("B",)), Skill("B", "tool", parents=("A",))), "implies itself"),
        ((Skill("A", "nonsense"),), "unknown category"),
        ((Skill("A", "tool"), Skill("A", "tool")), "twice"),
        ((Skill("A", "tool", context="parent", context_with=("B",)),), "unknown context skill"),
    ],
)
def test_invalid_taxonomies_fail_at_load(skills: tuple[Skill, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Taxonomy(skills)


def test_rds_is_weak_with_aws_or_database_companions() -> None:
    rds = load_taxonomy().skill("RDS")
    assert "RDS" in rds.weak and rds.context == "parent"
    assert {"PostgreSQL", "MySQL"} <= set(rds.context_with)
    assert load_taxonomy().canonical("amazon rds") == "RDS"


# ------------------------------------------------------------------ scan and load

TRICKY = [
    "Modern C++17, C#, F# and C; .NET 6, ASP.NET Core, VB.NET and Visual Basic .NET",
    "Node.js, NodeJS, Node JS and node-js; Vue.js/React.js; socket.io, py.test",
    "CI/CD, ci-cd, GitLab CI/CD, Google  Pub - Sub, gcp pub/sub, PL/SQL, OAuth 2.0",
    "the go-to person; Gold; golang; Go\u2011lang; GO; x@python.org; www.java.com/python",
    "Objective\u2011C, micro\u2010services, event\u00a0sourcing, Event\tSourcing\nKubernetes",
    "Spring Boot\nBoot camp; AWS\nLambda; Amazon Web\nServices; .net; a.net; @aws; _aws",
    "rest api, REST API, Rest, sql's, SQL, Sql, mysql8, python3, c+++, c##, C++ 20",
]


def _reference_scan(taxonomy: Taxonomy, text: str) -> list[tuple[int, int, str, bool]]:
    """`scan` as the one big expression does it (the way it was done before the tree)."""
    import re

    found = []
    for match in re.finditer(taxonomy.pattern.pattern, text.lower()):
        start, end = match.span()
        spelling = taxonomy._spellings.get(fold(match.group()))
        strong = spelling.judge(text[start:end]) if spelling else None
        if strong is not None:
            found.append((start, end, spelling.skill, strong))
    return found


@pytest.mark.parametrize("text", TRICKY)
def test_scan_finds_what_the_one_big_expression_finds(text: str) -> None:
    taxonomy = load_taxonomy()
    assert list(taxonomy.scan(text)) == _reference_scan(taxonomy, text)


def test_scan_a_text_whose_lower_case_is_longer() -> None:
    text = "İstanbul: Python, Go and Kubernetes"
    found = [(text[s:e], skill) for s, e, skill, _ in load_taxonomy().scan(text)]
    assert found == [("Python", "Python"), ("Go", "Go"), ("Kubernetes", "Kubernetes")]


@pytest.mark.parametrize(
    "text",
    ["a: true\nb: [1, 2.5, null, ~, 'x', yes, 0x1f]\n", "x: &a {p: 1}\ny:\n  <<: *a\n  q: 2\n",
     "", "- !!str 3\n- 2020-01-01\n- {1: one}\n"],
)
def test_read_yaml_is_the_safe_loader(text: str) -> None:
    assert read_yaml(text) == yaml.safe_load(text)


def test_packaged_taxonomy_reads_as_the_safe_loader_reads_it() -> None:
    text = resources.files("screener.data").joinpath("skills.yaml").read_text(encoding="utf-8")
    assert read_yaml(text) == yaml.safe_load(text)
