"""Wide gaps inside a PDF line (table cells, right-aligned dates) read as " | "; word spaces,
justified text, drawn separators and column gutters do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.readers import read_document
from screener.readers.pdf_cells import SEPARATOR, mark_bounded, mark_full, wide_gaps
from tests.builders import pdf_grid, pdf_lines, pdf_two_columns, pdf_word_by_word

ROWS = [
    ("Software Engineer", "Principal Harbor Financial, Austin", "Mar 2019 – present"),
    ("QA Analyst", "Senior Care Network, Dallas", "Jun 2015 – Feb 2019"),
    ("Support Engineer", "Chief Outfitters Inc., Dallas", "Jan 2013 – May 2015"),
]
PROSE = [
    "Maintained the billing service and its nightly reconciliation jobs for three regions.",
    "Moved the team from hand-built servers to containers with a staged rollout plan.",
    "Wrote the on-call guide that new engineers still use in their first weeks.",
]


def _texts(path: Path) -> list[str]:
    return [line.text for line in read_document(path).lines]


def test_grid_row_reads_cell_by_cell(tmp_path: Path) -> None:
    texts = _texts(pdf_grid(tmp_path / "grid.pdf", ROWS))
    want = "Software Engineer | Principal Harbor Financial, Austin | Mar 2019 – present"
    assert want in texts, texts
    for row in ROWS:
        assert " | ".join(row) in texts, texts


@pytest.mark.parametrize(
    "space_mm, width_mm",
    [(1.0, None), (1.2, 175.0), (3.2, None)],  # normal spaces, justified to the margin, ~1 em
    ids=["word-spaces", "justified", "one-em"],
)
def test_word_gaps_and_justified_text_get_no_separator(
    tmp_path: Path, space_mm: float, width_mm: float | None
) -> None:
    path = pdf_word_by_word(tmp_path / "words.pdf", PROSE, space_mm=space_mm, width_mm=width_mm)
    texts = _texts(path)
    assert not any(SEPARATOR in text for text in texts), texts
    assert PROSE[0] in texts, texts


def test_plain_sentences_and_drawn_separators_are_left_alone(tmp_path: Path) -> None:
    lines = ["Robin Example", "robin@example.org | +1 555 0100 300 | Leeds", *PROSE]
    assert _texts(pdf_lines(tmp_path / "plain.pdf", lines)) == lines


def test_column_gutter_is_not_a_cell_boundary(tmp_path: Path) -> None:
    left = ["CONTACT", "robin@example.org", "SKILLS", "Go and Rust", "PostgreSQL", "Kafka",
            "Terraform", "Linux"]
    right = ["EXPERIENCE", "Staff Engineer, Ferrow Labs", "Led the storage team.",
             "Senior Engineer, Pell", "Built the billing pipeline.", "EDUCATION",
             "BSc Computer Science", "Tarn College"]
    texts = _texts(pdf_two_columns(tmp_path / "cols.pdf", left, right, header=["Robin Example"]))
    assert not any(SEPARATOR in text for text in texts), texts


def test_gap_finding_is_per_row_and_skips_gutters() -> None:
    row = [(20.0, 100.0, 80.0, 110.0), (84.0, 100.0, 120.0, 110.0), (200.0, 100.0, 260.0, 110.0)]
    points = wide_gaps(row)
    assert [round(x) for x, _y, _tol in points] == [201]  # 80 -> 84 is a word space
    assert wide_gaps(row, [(150.0, 0.0, 500.0)]) == []  # a column cut lies in the gap
    stacked = [(20.0, 100.0, 80.0, 110.0), (200.0, 80.0, 260.0, 90.0)]  # different rows
    assert wide_gaps(stacked) == []


def test_marks_land_in_full_and_bounded_text() -> None:
    full = "Head line\r\nSoftware Engineer Acme Corp 2019\r\n"
    at = full.index("Acme")
    marked = mark_full(full, [(at, 0.0, 0.0)])
    assert marked == "Head line\r\nSoftware Engineer | Acme Corp 2019\r\n"
    bounded = "Software Engineer Acme Corp 2019\r\n"  # a region's text: a subsequence
    assert mark_bounded(bounded, full, [(at, 0.0, 0.0)]) == "Software Engineer | Acme Corp 2019\r\n"
    assert mark_bounded("Other text\r\n", full, [(at, 0.0, 0.0)]) == "Other text\r\n"
