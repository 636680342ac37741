"""Fuzzy matching helpers behind screener.matching."""

from __future__ import annotations

import pytest

from screener.matching import closest, fuzzy_contains, similarity

CHOICES = ["Kubernetes", "Kafka", "PostgreSQL", "Python", "Terraform"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("kubernets", "Kubernetes"), ("postgre sql", "PostgreSQL"), ("TERRAFORM", "Terraform"),
     ("pyton", "Python")],
)
def test_closest_finds_the_intended_choice_first(query: str, expected: str) -> None:
    assert closest(query, CHOICES)[0] == expected


def test_closest_respects_limit_and_cutoff() -> None:
    assert len(closest("ka", CHOICES, limit=1, cutoff=0)) == 1
    assert closest("zzzzzz", CHOICES, cutoff=80) == []
    assert closest("", CHOICES) == []
    assert closest("Kafka", []) == []


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [("ran Kubnernetes clusters", "Kubernetes", True),
     ("ran Kubernetes clusters", "Kubernetes", True),
     ("ran Docker containers", "Kubernetes", False),
     ("Go, Python", "Go", True),
     ("Google Analytics", "R", False),
     ("Docker and R", "R", True),
     ("Docker", "R", False),
     ("", "Kafka", False),
     ("Kafka", "", False)],
)
def test_fuzzy_contains(text: str, phrase: str, expected: bool) -> None:
    assert fuzzy_contains(text, phrase) is expected


def test_similarity_range() -> None:
    assert similarity("Kafka", "kafka") == 100.0
    assert 0.0 <= similarity("Kafka", "Redis") < 50.0
