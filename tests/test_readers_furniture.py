"""Running headers, footers and page numbers in PDFs get "header"/"footer" hints."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from screener.models import Line
from screener.readers import read_document
from screener.readers.pdf_furniture import mark_furniture


def _pages(*pages: list[str]) -> list[list[Line]]:
    return [[Line(text, n, i + 1) for i, text in enumerate(texts)] for n, texts in enumerate(pages, start=1)]


def _hinted(pages: list[list[Line]]) -> list[tuple[str, frozenset[str]]]:
    return [(line.text, line.hints) for page in mark_furniture(pages) for line in page if line.hints]


def test_numbered_footer_and_lone_page_numbers() -> None:
    pages = _pages(
        ["Nia Okoro", "Platform engineer", "Nia Okoro · Résumé 1"],
        ["Experience", "Lead, Tern Labs 2019 – Present", "Nia Okoro · Résumé 2"],
        ["Education", "BSc, Wyre College 2012", "3"],
    )
    assert _hinted(pages) == [
        ("Nia Okoro · Résumé 1", frozenset({"footer"})),
        ("Nia Okoro · Résumé 2", frozenset({"footer"})),
        ("3", frozenset({"footer"})),
    ]


def test_running_name_header_marked_but_repeated_dated_lines_are_not() -> None:
    pages = _pages(
        ["Nia Okoro", "Lead, Tern Labs", "2019 – Present", "Acme - Tulsa"],
        ["Nia Okoro", "Engineer, Tern Labs", "2019 – Present", "Acme - Tulsa"],
    )
    assert _hinted(pages) == [
        ("Nia Okoro", frozenset({"header"})),
        ("Nia Okoro", frozenset({"header"})),
    ]


def test_single_page_number_footer_in_a_pdf(tmp_path: Path) -> None:
    pdf = FPDF()
    for number in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        for i in range(5):
            pdf.text(20, 20 + 6 * i, f"Line {i} of the body text on this page, written for the test.")
        pdf.text(100, 285, f"Page {number} of 2")
    pdf.output(str(tmp_path / "numbered.pdf"))
    lines = read_document(tmp_path / "numbered.pdf").lines
    footers = [line.text for line in lines if "footer" in line.hints]
    assert footers == ["Page 1 of 2", "Page 2 of 2"]
    assert all("footer" not in line.hints for line in lines if line.text.startswith("Line"))
