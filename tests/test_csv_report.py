"""The CSV report: fixed columns, a status and points column per criterion, ranked rows, safe cells."""

from __future__ import annotations

import csv
import io

from screener.models import CheckResult
from screener.reports.csv_report import FIXED_COLUMNS, csv_columns, write_csv
from tests.factories import facts, failure, role, rubric, screening

RUBRIC = rubric("""
title: T
criteria:
  - id: k8s
    label: Kubernetes
    kind: skills
    weight: 6
    required: true
    all: [Kubernetes]
  - id: years
    label: Years
    kind: experience
    weight: 4
    minimum_years: 5
""")


def checks(k8s: tuple[str, float], years: tuple[str, float]) -> tuple[CheckResult, ...]:
    return (
        CheckResult("k8s", "Kubernetes", "skills", True, 6, k8s[0], k8s[1], "r"),
        CheckResult("years", "Years", "experience", False, 4, years[0], years[1], "r"),
    )


def rows(outcomes) -> list[dict[str, str]]:
    out = io.StringIO()
    write_csv(out, outcomes, RUBRIC)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_header_is_fixed_columns_then_each_criterion() -> None:
    assert csv_columns(RUBRIC) == [*FIXED_COLUMNS, "k8s", "k8s_points", "years", "years_points"]
    out = io.StringIO()
    write_csv(out, [], RUBRIC)
    assert out.getvalue() == ",".join(csv_columns(RUBRIC)) + "\n"


def test_rows_are_ranked_and_failures_come_last() -> None:
    a = screening(
        "b.pdf",
        60.0,
        "review",
        checks(("met", 6), ("unmet", 0)),
        resume=facts(name="Bea Example", roles=[role("Dev", "2020-01", 60)]),
    )
    b = screening("a.pdf", 60.0, "review", checks(("met", 6), ("unmet", 0)), name="Al Example")
    c = screening("c.pdf", 90.0, "shortlist", checks(("met", 6), ("partial", 3)), name="Cy Example")
    got = rows([failure("z.pdf"), a, b, c])
    assert [(r["rank"], r["file"], r["status"]) for r in got] == [
        ("1", "c.pdf", "screened"),
        ("2", "a.pdf", "screened"),
        ("3", "b.pdf", "screened"),
        ("", "z.pdf", "failed"),
    ]
    assert got[0]["years"] == "partial" and got[0]["years_points"] == "3"
    assert got[2]["experience_years"] == "5.0" and got[2]["name"] == "Bea Example"
    assert got[3]["error_code"] == "encrypted" and got[3]["score"] == "" and got[3]["k8s"] == ""


def test_knockouts_unknown_and_missing_years() -> None:
    s = screening("x.pdf", 20.0, "below bar", checks(("unmet", 0), ("unknown", 0)), failed=("k8s",))
    (row,) = rows([s])
    assert row["failed_knockouts"] == "k8s" and row["verdict"] == "below bar"
    assert (row["years"], row["years_points"]) == ("unknown", "")
    assert row["experience_years"] == ""  # no dated roles: not 0


def test_formula_like_cells_are_neutralised() -> None:
    s = screening(
        "=cmd.pdf", 50.0, "review", checks(("met", 6), ("met", 4)), name='=HYPERLINK("x")'
    )
    (row,) = rows([s])
    assert row["name"] == '\'=HYPERLINK("x")' and row["file"] == "'=cmd.pdf"
