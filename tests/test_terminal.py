"""The terminal report, rendered on a pinned Console (width 100, no colour) and compared as text."""

from __future__ import annotations

from rich.console import Console

from screener.evaluate import evaluate
from screener.models import Screening
from screener.reports.terminal import render, render_rubric
from tests.factories import document, facts, failure, role, rubric, skill

RUBRIC = rubric("""
title: Platform Engineer
criteria:
  - id: k8s
    label: Kubernetes in production
    kind: skills
    weight: 6
    required: true
    all: [Kubernetes]
    in_experience: true
  - id: years
    label: 5+ years of experience
    kind: experience
    weight: 4
    minimum_years: 5
  - id: scale
    label: 100k+ requests per second
    kind: metric
    weight: 2
    minimum: 100000
    units: [requests per second, RPS]
""")


def screen(path: str, name: str | None, lines: list[str], resume) -> Screening:
    out = evaluate(document(*lines, path=path), resume, RUBRIC)
    return Screening(
        path, "0" * 64, "pdf", 1, resume, out.checks, out.score, out.verdict, out.failed_knockouts
    )


def outcomes():
    strong = screen(
        "in/ada.pdf",
        "Ada Example",
        ["Ada Example", "Ran [bold]Kubernetes[/bold] clusters serving 150k requests per second"],
        facts(
            name="Ada Example",
            roles=[role("SRE", "2019-01", 70)],
            skills=[skill("Kubernetes", line=2)],
        ),
    )
    weak = screen(
        "in/bo.docx",
        "Bo Example",
        ["Bo Example", "Wrote scripts"],
        facts(name="Bo Example", roles=[role("Analyst", "2024-01", 12)]),
    )
    undated = screen(
        "in/cy.pdf",
        None,
        ["Kubernetes admin"],
        facts(name=None, skills=[skill("Kubernetes", in_roles=0, sections=("skills",))]),
    )
    return [weak, failure("in/locked.pdf"), undated, strong]


def rendered(**options) -> str:
    console = Console(width=100, record=True, color_system=None, file=open("/dev/null", "w"))  # noqa: SIM115
    render(console, outcomes(), RUBRIC, **options)
    return console.export_text()


def test_candidates_are_ranked_with_failures_last() -> None:
    text = rendered()
    assert (
        text.index("#1 Ada Example")
        < text.index("#2 (name not found)")
        < text.index("#3 Bo Example")
    )
    assert text.index("Ranking for Platform Engineer") < text.index("Could not screen")
    assert (
        "in/locked.pdf" in text
        and "✗ encrypted" in text
        and "the file is password-protected" in text
    )


def test_panel_shows_score_bar_verdict_symbols_points_and_best_evidence() -> None:
    text = rendered()
    panel = text[: text.index("#2 ")]
    assert "██████████████████████ " not in panel  # the bar is 20 wide
    assert "████████████████████  100.0 / 100" in panel
    assert "Verdict shortlist  (a recommendation; a person decides)" in panel
    assert "✓ │" not in panel
    rows = panel.splitlines()
    at = next(i for i, line in enumerate(rows) if "Kubernetes in production" in line)
    assert "✓" in rows[at] and " met " in rows[at] and "6/6" in rows[at]
    assert "[knockout]" in rows[at] + rows[at + 1]
    assert "1:2 Ran [bold]Kubernetes[/bold] clusters" in panel  # résumé text is never markup


def test_failed_knockouts_unknown_and_partial_are_shown_in_words() -> None:
    text = rendered()
    bo = text[text.index("#3 Bo Example") :]
    assert "Verdict below bar" in bo
    assert "Knockouts not met: k8s (Kubernetes in production)" in bo
    cy = text[text.index("#2 (name not found)") : text.index("#3 ")]
    assert "? " in cy and "unknown" in cy and "no dated roles found" in cy
    assert "◐" in cy and "partial" in cy and "3/6" in cy
    assert "Knockouts to check: k8s (partial)" in cy


def test_summary_table_has_the_columns() -> None:
    text = rendered()
    table = text[text.index("Ranking for") :]
    header = table.splitlines()[2]
    for column in ("rank", "candidate", "score", "verdict", "years",
                   "senior", "degree"):
        assert column in header, header
    rows = table.splitlines()
    at = next(i for i, line in enumerate(rows) if "Bo Example" in line)
    assert "below bar" in rows[at] and "bo.docx" in rows[at + 1] and "✗ k8s" in rows[at + 2]


def test_summary_shows_names_and_files_whole_at_80_columns() -> None:
    from dataclasses import replace

    base = outcomes()[0]
    long = replace(base, file="inbox/2026/applications/backend-architect/ada-example.pdf")
    console = Console(width=80, record=True, color_system=None)
    render(console, [long], RUBRIC)
    text = console.export_text()
    assert (long.facts.contact.name or "") in text and "ada-example.pdf" in text


def test_details_show_every_evidence_line_and_the_reasons() -> None:
    text = rendered(details=True)
    assert "why, and evidence" in text
    ada = text[: text.index("#2 ")]
    assert "found Kubernetes (in 1 dated role, 2" in ada  # the reason (wrapped at the column edge)
    assert "1:2 Worked with Kubernetes" in ada and "1:1 SRE, Example Co" in ada
    assert "largest figure: '150k requests per" in ada
    assert ada.count("1:2 Ran [bold]Kubernetes[/bold]") == 1


def test_top_limits_the_panels_and_says_so() -> None:
    text = rendered(top=1)
    assert "#1 Ada Example" in text and "#2" not in text
    assert "2 more screened candidate(s) not shown (--top 1)." in text
    assert "in/locked.pdf" in text


def test_lines_fit_the_console_width() -> None:
    assert max(len(line) for line in rendered(details=True).splitlines()) <= 100


def test_rubric_check_lists_each_criterion() -> None:
    console = Console(width=100, record=True, color_system=None, file=open("/dev/null", "w"))  # noqa: SIM115
    render_rubric(console, RUBRIC)
    text = console.export_text()
    assert "Platform Engineer: 3 criteria" in text
    rows = text.splitlines()
    at = next(i for i, line in enumerate(rows) if line.strip().startswith("k8s"))
    assert "50%" in rows[at] and "Kubernetes in production" in rows[at]
    assert "skills, knockout" in rows[at + 1] and "all of Kubernetes" in rows[at + 1]
    assert "Verdicts: shortlist at 75+, review at 50+" in text


def test_a_big_batch_gets_checklists_for_its_best_and_a_summary_of_everyone() -> None:
    from dataclasses import replace

    from screener.reports.terminal import PANEL_LIMIT

    base = outcomes()[0]
    many = [replace(base, file=f"in/{i:03}.pdf", score=float(i % 97)) for i in range(PANEL_LIMIT + 5)]
    console = Console(width=100, record=True, color_system=None)
    render(console, many, RUBRIC)
    text = console.export_text()
    assert text.count("Verdict ") == PANEL_LIMIT
    assert f"Checklists shown for the {PANEL_LIMIT} best of {PANEL_LIMIT + 5}" in text
    # The summary names files relative to the folder they share.
    assert all(f"{i:03}.pdf" in text for i in range(PANEL_LIMIT + 5))

    console = Console(width=100, record=True, color_system=None)
    render(console, many, RUBRIC, top=PANEL_LIMIT + 2)
    assert console.export_text().count("Verdict ") == PANEL_LIMIT + 2


def test_the_ranked_summary_of_a_huge_batch_stops_at_its_limit_and_says_so() -> None:
    from dataclasses import replace

    from screener.reports.terminal import SUMMARY_LIMIT

    base = outcomes()[0]
    many = [replace(base, file=f"in/{i:04}.pdf") for i in range(SUMMARY_LIMIT + 7)]
    console = Console(width=100, record=True, color_system=None)
    render(console, many, RUBRIC)
    text = console.export_text()
    assert f"{SUMMARY_LIMIT - 1:04}.pdf" in text and f"{SUMMARY_LIMIT:04}.pdf" not in text
    assert "7 more screened candidate(s) not shown (use --top N, --csv or --json for all)" in text


def test_a_long_evidence_line_is_cut_around_what_the_reason_names() -> None:
    from screener.models import Evidence
    from screener.reports.terminal import _focus_words, _snippet

    line = ("Sweet Oranges Technology is a high-growth platform with ten million users, "
            "where I built the billing services in Python and Go")
    shown = _snippet(Evidence(line, 1, 41), 70, _focus_words(
        "found Python (in skills/projects); one of 3 asked")).plain
    assert "Python" in shown and shown.startswith("1:41 …") and len(shown) <= 70 + 6
    short = _snippet(Evidence("Python and Go services", 2, 3), 70, ("Python",)).plain
    assert short == "2:3 Python and Go services"
