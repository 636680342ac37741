"""OUTCOMES -> CSV: one row per file, fixed columns, then a status and points column per criterion.

Rows follow the shared ranking (screened by score, then failures). Cells that a spreadsheet
would run as a formula (a name starting with '=', '+', '-', '@') are prefixed with a quote:
résumé text is untrusted input.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import Any, TextIO

from screener.models import Failure, Outcome, Rubric, Screening
from screener.ranking import ranked

FIXED_COLUMNS = (
    "rank",
    "file",
    "status",
    "name",
    "email",
    "score",
    "verdict",
    "experience_years",
    "senior_years",
    "highest_degree",
    "failed_knockouts",
    "error_code",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_columns(rubric: Rubric) -> list[str]:
    """The header: fixed columns, then `<id>` (status) and `<id>_points` for each criterion."""
    columns = list(FIXED_COLUMNS)
    for c in rubric.criteria:
        columns += [c.id, f"{c.id}_points"]
    return columns


def write_csv(stream: TextIO, outcomes: Sequence[Outcome], rubric: Rubric) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(csv_columns(rubric))
    rank = 0
    for outcome in ranked(outcomes):
        if isinstance(outcome, Screening):
            rank += 1
            writer.writerow(_screened_row(outcome, rank, rubric))
        else:
            writer.writerow(_failed_row(outcome, rubric))


def _screened_row(s: Screening, rank: int, rubric: Rubric) -> list[Any]:
    f = s.facts
    known_years = bool(f.roles)
    row: list[Any] = [
        rank,
        _safe(s.file),
        "screened",
        _safe(f.contact.name),
        _safe(f.contact.email),
        f"{s.score:.1f}",
        s.verdict,
        f.experience_years if known_years else "",
        f.senior_years if known_years else "",
        f.highest_degree,
        ";".join(s.failed_knockouts),
        "",
    ]
    by_id = {c.id: c for c in s.checks}
    for criterion in rubric.criteria:
        check = by_id.get(criterion.id)
        if check is None:
            row += ["", ""]
        else:
            row += [check.status, "" if check.status == "unknown" else f"{check.points:g}"]
    return row


def _failed_row(f: Failure, rubric: Rubric) -> list[Any]:
    return ["", _safe(f.file), "failed", "", "", "", "", "", "", "", "", f.code] + [""] * (
        2 * len(rubric.criteria)
    )


def _safe(value: str | None) -> str:
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA_START) else value
