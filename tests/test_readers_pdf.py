"""PDF reading: reading order, columns, date columns, hidden text, normalisation, no-text."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.errors import Encrypted, NoText
from screener.readers import read_document
from tests.builders import (
    pdf_date_column,
    pdf_drawing_only,
    pdf_encrypted,
    pdf_lines,
    pdf_ocr_scan,
    pdf_right_dates,
    pdf_with_links,
    pdf_two_columns,
    pdf_with_hidden,
)

LEFT = [
    "CONTACT",
    "quinn.harbor@example.org",
    "+1 555 0100 200",
    "SKILLS",
    "Go and Rust",
    "PostgreSQL tuning",
    "Kubernetes operators",
    "Terraform modules",
    "LANGUAGES",
    "English and Welsh",
    "AWARDS",
    "Lighthouse prize 2021",
]
RIGHT = [
    "EXPERIENCE",
    "Staff Engineer, Ferrow Labs, 2020 - Present",
    "Led the storage team of nine engineers.",
    "Cut p99 latency of the ledger API by half.",
    "Senior Engineer, Pell & Dune, 2016 - 2020",
    "Built the billing pipeline on Kafka.",
    "Moved forty services to containers.",
    "EDUCATION",
    "BSc Computer Science, Tarn College, 2015",
    "Graduated with first-class honours.",
    "PROJECTS",
    "Open-source queue library maintainer.",
]


def _texts(path: Path) -> list[str]:
    return [line.text for line in read_document(path).lines]


@pytest.mark.parametrize("dark", [False, True], ids=["plain", "dark-sidebar"])
def test_two_columns_read_column_by_column(tmp_path: Path, dark: bool) -> None:
    path = pdf_two_columns(tmp_path / "cols.pdf", LEFT, RIGHT, header=["Quinn Harbor"], dark_sidebar=dark)
    document = read_document(path)
    texts = [line.text for line in document.lines]
    assert texts[0] == "Quinn Harbor", texts
    assert texts[1:13] == LEFT, texts
    assert texts[13:] == RIGHT, texts
    columns = {line.text: line.column for line in document.lines}
    assert columns["Quinn Harbor"] == 0
    assert columns["SKILLS"] == 1 and columns["EXPERIENCE"] == 2
    assert not document.warnings, document.warnings  # white text on the dark panel is visible


MAIN = [
    "EXPERIENCE",
    "Staff Engineer at Ferrow Labs in Cardiff, from 2020 until the present day",
    "Led the storage team of nine engineers through two database migrations",
    "Cut the p99 latency of the ledger API by half with a new caching layer",
    "Senior Engineer at Pell & Dune in Bristol, from 2016 until 2020 in all",
    "Built the billing pipeline on Kafka and moved forty services to containers",
    "Wrote the on-call handbook and ran the incident reviews every fortnight",
    "EDUCATION",
    "BSc Computer Science at Tarn College, graduated in 2015 with honours",
]
SIDEBAR = ["SKILLS", "Go", "Rust", "PostgreSQL", "Kafka", "LANGUAGES", "English", "Welsh"]


def test_right_sidebar_reads_main_column_first(tmp_path: Path) -> None:
    path = pdf_two_columns(tmp_path / "right.pdf", MAIN, SIDEBAR, header=["Quinn Harbor"], left_width=125)
    document = read_document(path)
    texts = [line.text for line in document.lines]
    assert texts == ["Quinn Harbor", *MAIN, *SIDEBAR], texts
    assert {line.column for line in document.lines[1:10]} == {1}
    assert {line.column for line in document.lines[10:]} == {2}


def test_dates_flush_right_stay_on_their_title_line(tmp_path: Path) -> None:
    entries = [
        ("Platform Engineer, Osprey Freight", "Jan 2021 - Present", ["Owned the routing platform for the fleet.", "Hired and mentored six engineers in two years."]),
        ("Backend Engineer, Marl Systems", "Mar 2017 - Dec 2020", ["Wrote the payments service and its test suite.", "Moved the batch jobs onto a queue."]),
        ("Developer, Quayside Games", "Jun 2014 - Feb 2017", ["Shipped three mobile titles to the stores.", "Kept the build farm alive."]),
    ]
    texts = _texts(pdf_right_dates(tmp_path / "jake.pdf", entries))
    # The wide gap before the dates is marked as a cell boundary (pdf_cells).
    for title, dates, _bullets in entries:
        assert f"{title} | {dates}" in texts, texts


def test_line_numbers_count_from_one_per_page(tmp_path: Path) -> None:
    path = pdf_lines(tmp_path / "two-pages.pdf", ["First line of the page", "Second line here"], pages=2)
    document = read_document(path)
    assert [(line.page, line.number) for line in document.lines] == [(1, 1), (1, 2), (2, 1), (2, 2)]
    assert document.pages == 2 and document.format == "pdf"


def test_date_column_stays_beside_its_entry(tmp_path: Path) -> None:
    entries = [
        ("2019 - 2024", ["Principal Engineer, Osprey Freight, Leeds", "Owned the routing platform.", "Hired six engineers."]),
        ("2015 - 2019", ["Backend Engineer, Marl Systems, York", "Wrote the payments service."]),
        ("2012 - 2015", ["Developer, Quayside Games, Hull", "Shipped three mobile titles."]),
    ]
    texts = _texts(pdf_date_column(tmp_path / "moderncv.pdf", entries))
    for dates, lines in entries:
        title = lines[0]
        joined = [t for t in texts if title in t]
        assert joined, texts
        index = texts.index(joined[0])
        # On the same line as its title, or the line right before or after it.
        near = " ".join(texts[max(0, index - 1) : index + 2])
        assert dates in near, texts


@pytest.mark.parametrize("how", ["white", "tiny", "offpage", "invisible"])
def test_hidden_text_is_dropped_and_counted(tmp_path: Path, how: str) -> None:
    visible = ["Jordan Vey", "Platform engineer with eight years in logistics software.", "Python, Go, SQL"]
    stuffing = "Kubernetes Kafka Terraform Architect"
    document = read_document(pdf_with_hidden(tmp_path / f"{how}.pdf", visible, stuffing, how))
    text = " ".join(line.text for line in document.lines)
    assert "Kafka" not in text, text
    assert "Jordan Vey" in text
    assert any("hidden characters ignored" in w for w in document.warnings), document.warnings
    assert document.warnings[0].startswith(str(sum(ch.isalnum() for ch in stuffing)))


BODY = ["Avery Stone", "Backend developer at Orchard Freight since 2019, Go and Postgres."]


def test_link_targets_hidden_behind_labels_become_lines(tmp_path: Path) -> None:
    links = [
        ("Email", "mailto:avery.stone@example.com"),
        ("LinkedIn", "https://www.linkedin.com/in/averystone"),
        ("Project", "https://github.com/orchard/kubernetes-operator"),  # a repository: noise
        ("Employer", "https://orchard.example.com/"),
    ]
    document = read_document(pdf_with_links(tmp_path / "links.pdf", BODY, links))
    texts = [line.text for line in document.lines]
    assert texts[-2:] == ["avery.stone@example.com", "https://www.linkedin.com/in/averystone"]
    assert "link" in document.lines[-1].hints
    assert [line.number for line in document.lines] == list(range(1, len(texts) + 1))


def test_linked_mail_left_out_when_an_address_is_printed(tmp_path: Path) -> None:
    lines = [*BODY, "avery.stone@example.com"]
    links = [("Referee", "mailto:referee@example.org"), ("GitHub", "https://github.com/averystone")]
    texts = [line.text for line in read_document(pdf_with_links(tmp_path / "r.pdf", lines, links)).lines]
    assert "referee@example.org" not in texts
    assert texts[-1] == "https://github.com/averystone"


def test_ocr_layer_over_a_scan_is_read(tmp_path: Path) -> None:
    lines = ["Ellis Marrow", "Quality engineer at Hinton Motors, 2014 - 2022"]
    document = read_document(pdf_ocr_scan(tmp_path / "ocr.pdf", lines))
    assert [line.text for line in document.lines] == lines
    assert not document.warnings


def test_soft_hyphen_as_range_dash_and_drawn_hyphen(tmp_path: Path) -> None:
    lines = ["Site Reliability Engineer   Sep. 2021 \xad Mar. 2024", "Ran high\xadavailability clusters"]
    texts = _texts(pdf_lines(tmp_path / "soft.pdf", lines))
    # PDFium maps WinAnsi 0xAD to "-" itself; LaTeX fonts give U+00AD (see test_readers_normalise).
    assert texts[0] in ("Site Reliability Engineer Sep. 2021 – Mar. 2024", "Site Reliability Engineer Sep. 2021 - Mar. 2024")
    assert texts[1] == "Ran high-availability clusters"


def _unicode_pdf(path: Path, lines: list[str]) -> Path:
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("DejaVu Sans is not installed")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=11)
    for i, line in enumerate(lines):
        pdf.text(20, 20 + 8 * i, line)
    pdf.output(str(path))
    return path


def test_unicode_dashes_ligatures_bullets_and_private_use(tmp_path: Path) -> None:
    path = _unicode_pdf(
        tmp_path / "uni.pdf",
        [
            "E\ufb03cient work\ufb02ow of\ufb01ce",
            "\ue000 ada@example.net \u2212 remote\u00a0first",
            "\u2022 Engineer \u2014 2010\u20132012",
            "Lead\u200b engineer, state\u2011of\u2011the\u2011art",
        ],
    )
    document = read_document(path)
    texts = [line.text for line in document.lines]
    assert texts == [
        "Efficient workflow office",
        "ada@example.net – remote first",
        "Engineer – 2010–2012",
        "Lead engineer, state-of-the-art",
    ]
    assert "list" in document.lines[2].hints


def test_drawing_without_text_is_no_text(tmp_path: Path) -> None:
    with pytest.raises(NoText) as caught:
        read_document(pdf_drawing_only(tmp_path / "scan.pdf"))
    assert caught.value.code == "no-text"


def test_user_password_is_encrypted_owner_only_reads(tmp_path: Path) -> None:
    lines = ["Morgan Ashdown", "Data engineer, Fenwick Analytics, 2018 - 2024"]
    with pytest.raises(Encrypted):
        read_document(pdf_encrypted(tmp_path / "locked.pdf", lines))
    texts = _texts(pdf_encrypted(tmp_path / "owner.pdf", lines, user_password=None))
    assert texts[0] == "Morgan Ashdown"


def test_docx_named_pdf_is_read_as_docx(tmp_path: Path) -> None:
    from tests.builders import docx_bytes, w_p

    path = tmp_path / "really-a-docx.pdf"
    path.write_bytes(docx_bytes(w_p("Casey Morrow, backend developer at Tidewater Freight since 2014")))
    document = read_document(path)
    assert document.format == "docx"
    assert document.lines[0].text == "Casey Morrow, backend developer at Tidewater Freight since 2014"


def test_plain_pypdfium2_bindings_give_the_same_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast-call path and pypdfium2's own typed functions must agree."""
    import pypdfium2.raw
    import pypdfium2_raw.bindings

    from screener.readers import pdfium_fast

    cols = pdf_two_columns(tmp_path / "cols.pdf", LEFT, RIGHT, header=["Quinn Harbor"], dark_sidebar=True)
    hidden = pdf_with_hidden(tmp_path / "h.pdf", RIGHT, "Stuffed Keywords Here", "white")
    fast = [read_document(cols), read_document(hidden)]
    monkeypatch.setattr(pdfium_fast, "_FAST", {})
    monkeypatch.setattr(pypdfium2_raw.bindings, "_libs", {})
    slow = [read_document(cols), read_document(hidden)]
    assert pdfium_fast._FAST["FPDF_LoadPage"] is pypdfium2.raw.FPDF_LoadPage  # the fallback ran
    assert slow == fast


def test_heading_and_bold_hints_from_type(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=20)
    pdf.text(20, 20, "Morgan Vale")
    pdf.set_font("Helvetica", style="B", size=10)
    pdf.text(20, 32, "Lead Engineer, Fallow Systems")
    pdf.set_font("Helvetica", size=10)
    body = [
        "Designed the event pipeline that moves orders between the warehouses.",
        "Mentored five engineers and ran the weekly architecture review sessions.",
        "Cut cloud spend by a third through right-sizing and reserved capacity.",
    ]
    for i, line in enumerate(body):
        pdf.text(20, 40 + 6 * i, line)
    pdf.output(str(tmp_path / "type.pdf"))
    lines = read_document(tmp_path / "type.pdf").lines
    assert "heading" in lines[0].hints
    assert "bold" in lines[1].hints and "heading" not in lines[1].hints
    assert all(not ({"heading", "bold"} & line.hints) for line in lines[2:])


def test_scan_pages_with_only_a_footer_are_no_text(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    for number in range(1, 5):
        pdf.add_page()
        pdf.rect(20, 20, 170, 240, style="F")  # the "scanned" page
        pdf.set_font("Helvetica", size=8)
        pdf.text(90, 290, f"Scan page {number}")
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(NoText):
        read_document(tmp_path / "scan.pdf")


def test_raw_text_calls_match_pypdfium2_helpers(tmp_path: Path) -> None:
    """pdfium_fast's one-call bounded text and its text range give pypdfium2's strings,
    non-BMP characters too (pypdfium2 sizes bounded text in code points and cuts the end)."""
    import pypdfium2 as pdfium

    from screener.readers import pdfium_fast as fast

    plain = pdf_two_columns(tmp_path / "cols.pdf", LEFT, RIGHT, header=["Quinn Harbor"])
    astral = _unicode_pdf(
        tmp_path / "astral.pdf",
        ["Old Italic \U00010300\U00010301 lead engineer", "plain line", "\U00010302 2019 \u2013 2021"],
    )
    boxes = [(0.0, 0.0, 300.0, 842.0), (300.0, 0.0, 612.0, 842.0), (0.0, 780.0, 612.0, 842.0)]
    for path in (plain, astral):
        data = path.read_bytes()
        helper = pdfium.PdfDocument(data)
        doc = fast.open_document(data)
        try:
            page, textpage = fast.load_page(doc, 0), None
            textpage = fast.load_textpage(page)
            chars = fast.fast_api()["FPDFText_CountChars"](textpage)
            expected = helper[0].get_textpage()
            assert fast.text_range(textpage, chars) == expected.get_text_range()
            for box in [helper[0].get_bbox(), *boxes]:
                assert fast.bounded_text(textpage, *box, chars) == expected.get_text_bounded(*box)
            fast.close_textpage(textpage)
            fast.close_page(page)
        finally:
            fast.close_document(doc)
            helper.close()
