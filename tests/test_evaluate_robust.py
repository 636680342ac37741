"""evaluate() never fails on odd input: any text, odd role dates, empty documents."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from screener.evaluate import evaluate
from screener.rubric import load_rubric
from tests.factories import TAXONOMY, document, facts, role

RUBRIC = load_rubric(Path(__file__).resolve().parent.parent / "rubric.yaml", TAXONOMY)
TOKENS = list("abcKMB0123456789,.+$%/- \tİ") + [
    "users",
    "RPS",
    " req/sec",
    "million",
    "CAP",
    "rate limit",
]
LINE = st.lists(st.sampled_from(TOKENS), max_size=20).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, max_size=12))
def test_any_text_gets_a_score_between_0_and_100(lines: list[str]) -> None:
    out = evaluate(document(*lines), facts(), RUBRIC)
    assert 0 <= out.score <= 100
    assert out.verdict in ("shortlist", "review", "below bar")
    assert len(out.checks) == len(RUBRIC.criteria)
    assert all(0 <= c.points <= c.weight for c in out.checks)


def test_an_empty_document_is_judged_without_error() -> None:
    out = evaluate(document(), facts(name=None, email=None), RUBRIC)
    statuses = {c.id: c.status for c in out.checks}
    assert statuses["backend-years"] == statuses["degree"] == statuses["location"] == "unknown"
    assert out.failed_knockouts == (
        "languages",
        "kubernetes",
    )  # absent skills are unmet, not unknown
    assert out.verdict == "below bar"


def test_a_role_with_an_odd_start_still_counts_its_months() -> None:
    odd = role("Backend Engineer", "2019", 120)
    out = evaluate(document("x"), facts(roles=[odd]), RUBRIC)
    assert next(c for c in out.checks if c.id == "backend-years").status == "met"


def test_figures_spelt_with_a_dotless_i_are_read_not_a_crash() -> None:
    # A case-blind "million" matches "mıllion"; the multiplier table is looked up in ASCII.
    from screener.evaluate.metric import figure_value, metric_pattern
    from screener.extract.alternation import matched_key

    pattern = metric_pattern(("users",))
    for text, value in (("served mıllions of users", 1e6), ("a bıllıon users", 1e9),
                        ("10 mıllion users", 1e7), ("MİLLİONS OF USERS", 1e6)):
        match = pattern.search(text)
        assert match is not None and figure_value(match) == value, text
    assert matched_key("Aprıl") == "april" and matched_key("İLK") == "ilk"
    assert matched_key("Auguſt") == "august" and matched_key("MAY") == "may"
