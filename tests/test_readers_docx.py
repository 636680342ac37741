"""DOCX reading: every place text lives, in document order, with layout hints."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.errors import NoText
from screener.models import Document
from screener.readers import read_document
from tests.builders import (
    docx_bytes,
    docx_picture_only,
    docx_python,
    w_del,
    w_ins,
    w_link,
    w_p,
    w_sdt,
    w_table,
    w_textbox,
    write_docx,
)

FILLER = w_p("Reliable engineer who ships carefully tested backend services every week.")


def _read(tmp_path: Path, body: str, **kwargs) -> Document:
    return read_document(write_docx(tmp_path / "case.docx", body + FILLER, **kwargs))


def _texts(document: Document) -> list[str]:
    return [line.text for line in document.lines]


def test_body_paragraphs_in_order_with_heading_and_list_hints(tmp_path: Path) -> None:
    body = (
        w_p("Avery Lindqvist", style="Title")
        + w_p("Experience", style="Heading1")
        + w_p("Erfarenhet", style="Rubrik2")  # a localised heading style based on Heading 1
        + w_p("Kept the queue healthy", numbered=True)
        + w_p("Wrote the runbooks", style="ListBullet")
    )
    document = _read(tmp_path, body)
    lines = document.lines
    assert _texts(document)[:5] == [
        "Avery Lindqvist",
        "Experience",
        "Erfarenhet",
        "Kept the queue healthy",
        "Wrote the runbooks",
    ]
    assert "heading" in lines[0].hints and "heading" in lines[1].hints and "heading" in lines[2].hints
    assert "list" in lines[3].hints and "list" in lines[4].hints
    assert [(line.page, line.number) for line in lines] == [(1, i) for i in range(1, len(lines) + 1)]
    assert document.format == "docx" and document.pages == 1


def test_table_row_joins_single_paragraph_cells(tmp_path: Path) -> None:
    body = w_table(
        [
            ["2019 – 2024", "Senior Engineer, Kestrel Maps"],
            ["2015 – 2019", ["Engineer, Brindle Bank", "Built the ledger service.", "Ran on-call."]],
        ]
    )
    document = _read(tmp_path, body)
    assert _texts(document)[:4] == [
        "2019 – 2024 | Senior Engineer, Kestrel Maps",
        "2015 – 2019 | Engineer, Brindle Bank",
        "Built the ledger service.",
        "Ran on-call.",
    ]
    assert all("table" in line.hints for line in document.lines[:4])


def test_layout_table_reads_cell_by_cell_and_nested_tables(tmp_path: Path) -> None:
    nested = w_table([["Go", "Rust"], ["SQL", "Kafka"]])
    sidebar = w_p("SKILLS") + nested + w_p("LANGUAGES")
    main = w_p("EXPERIENCE") + w_p("Lead Engineer, Orrin Health, 2020 - 2024") + w_p("Led four teams.")
    document = _read(tmp_path, w_table([[sidebar, main]]))
    assert _texts(document)[:7] == [
        "SKILLS",
        "Go | Rust",
        "SQL | Kafka",
        "LANGUAGES",
        "EXPERIENCE",
        "Lead Engineer, Orrin Health, 2020 - 2024",
        "Led four teams.",
    ]


@pytest.mark.parametrize("fallback", [True, False], ids=["choice+fallback", "choice-only"])
def test_text_box_read_once_after_its_anchor(tmp_path: Path, fallback: bool) -> None:
    box = w_textbox(["Sam Okafor", "sam.okafor@example.com"], with_fallback=fallback)
    body = w_p("Curriculum vitae", runs=box) + w_p("Summary")
    document = _read(tmp_path, body)
    texts = _texts(document)
    assert texts[:4] == ["Curriculum vitae", "Sam Okafor", "sam.okafor@example.com", "Summary"]
    assert texts.count("Sam Okafor") == 1
    assert "textbox" in document.lines[1].hints


def test_block_level_alternate_content_read_once(tmp_path: Path) -> None:
    body = (
        "<mc:AlternateContent><mc:Choice Requires=\"wps\">"
        + w_p("Objective: lead a platform team")
        + "</mc:Choice><mc:Fallback>"
        + w_p("Objective: lead a platform team")
        + "</mc:Fallback></mc:AlternateContent>"
    )
    texts = _texts(_read(tmp_path, body))
    assert texts.count("Objective: lead a platform team") == 1


def test_content_control_wrapping_the_body(tmp_path: Path) -> None:
    inner = w_p("Rowan Tell") + w_table([["2021 - Present", "Architect, Haven Cloud"]])
    document = _read(tmp_path, w_sdt(inner))
    assert _texts(document)[:2] == ["Rowan Tell", "2021 - Present | Architect, Haven Cloud"]


def test_link_targets_shown_when_the_text_hides_them(tmp_path: Path) -> None:
    runs = (
        w_link("Email", "rL1")
        + '<w:r><w:t xml:space="preserve"> | </w:t></w:r>'
        + w_link("LinkedIn", "rL2")
        + '<w:r><w:t xml:space="preserve"> | </w:t></w:r>'
        + w_link("github.com/tovelund", "rL3")
    )
    links = {
        "rL1": "mailto:tove.lund@example.com?subject=Hello",
        "rL2": "https://www.linkedin.com/in/tovelund",
        "rL3": "https://github.com/tovelund",
    }
    texts = _texts(_read(tmp_path, w_p("", runs=runs), links=links))
    assert texts[0] == (
        "Email (tove.lund@example.com) | LinkedIn (https://www.linkedin.com/in/tovelund)"
        " | github.com/tovelund"
    )


def test_tracked_insertions_kept_deletions_dropped(tmp_path: Path) -> None:
    body = w_p("Principal ", runs=w_ins("Platform Engineer") + w_del("Intern"))
    assert _texts(_read(tmp_path, body))[0] == "Principal Platform Engineer"


def test_headers_first_footers_last_footnotes_included(tmp_path: Path) -> None:
    document = _read(
        tmp_path,
        w_p("Experience"),
        headers=[w_p("Dana Whitlock | dana@example.org"), w_p("Dana Whitlock | dana@example.org")],
        footers=[w_p("+44 20 7946 0000")],
        footnotes=[w_p("Certified in 2022 by the Fictional Cloud Guild.")],
    )
    texts = _texts(document)
    assert texts[0] == "Dana Whitlock | dana@example.org"
    assert texts.count("Dana Whitlock | dana@example.org") == 1  # first-page + default header
    assert texts[-1] == "+44 20 7946 0000"
    assert "Certified in 2022 by the Fictional Cloud Guild." in texts
    assert "header" in document.lines[0].hints and "footer" in document.lines[-1].hints


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        ('<w:r><w:t>Engineer</w:t><w:tab/><w:t>2019 - 2021</w:t></w:r>', ["Engineer 2019 - 2021"]),
        ('<w:r><w:t>Line one</w:t><w:br/><w:t>Line two</w:t></w:r>', ["Line one", "Line two"]),
        ('<w:r><w:t>Lead</w:t><w:ptab w:alignment="right"/><w:t>2020</w:t></w:r>', ["Lead 2020"]),
        ('<w:r><w:t>Carriage</w:t><w:cr/><w:t>return</w:t></w:r>', ["Carriage", "return"]),
        ('<w:r><w:t>state</w:t><w:noBreakHyphen/><w:t>of</w:t><w:softHyphen/><w:t>art</w:t></w:r>', ["state-ofart"]),
        ('<w:r><w:t>Sep 2021\u00a0\u2013\u00a0May\u00a02023</w:t></w:r>', ["Sep 2021 – May 2023"]),
    ],
    ids=["tab", "br", "ptab", "cr", "hyphens", "nbsp"],
)
def test_runs_tabs_and_breaks(tmp_path: Path, runs: str, expected: list[str]) -> None:
    texts = _texts(_read(tmp_path, f"<w:p>{runs}</w:p>"))
    assert texts[: len(expected)] == expected


def test_tab_stop_definitions_are_not_text(tmp_path: Path) -> None:
    body = '<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr><w:r><w:t>Title</w:t></w:r></w:p>'
    assert _texts(_read(tmp_path, body))[0] == "Title"


def test_python_docx_document_with_styles_and_table(tmp_path: Path) -> None:
    path = docx_python(
        tmp_path / "made.docx",
        [("Harper Quince", "Title"), ("Experience", "Heading 1"), ("Built search at Lumen Books.", "List Bullet")],
        table=[["2018 - 2023", "Search Engineer, Lumen Books"]],
    )
    document = read_document(path)
    assert _texts(document) == [
        "Harper Quince",
        "Experience",
        "Built search at Lumen Books.",
        "2018 - 2023 | Search Engineer, Lumen Books",
    ]
    assert "heading" in document.lines[1].hints and "list" in document.lines[2].hints


def test_picture_only_docx_is_no_text(tmp_path: Path) -> None:
    with pytest.raises(NoText):
        read_document(docx_picture_only(tmp_path / "picture.docx"))


def test_empty_body_is_no_text(tmp_path: Path) -> None:
    with pytest.raises(NoText):
        read_document(write_docx(tmp_path / "blank.docx", w_p("") + w_p("  ")))


def test_strict_open_xml_namespaces(tmp_path: Path) -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{strict}"><w:body>'
        "<w:p><w:r><w:t>Quentin Ashby, release engineer at Marlow Transit since 2015</w:t></w:r></w:p>"
        "</w:body></w:document>"
    ).encode()
    path = tmp_path / "strict.docx"
    path.write_bytes(docx_bytes("", document_xml=document))
    assert _texts(read_document(path)) == ["Quentin Ashby, release engineer at Marlow Transit since 2015"]


def _run(text: str, props: str) -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


@pytest.mark.parametrize(
    ("props", "hidden"),
    [
        ("<w:vanish/>", True),
        ('<w:vanish w:val="0"/>', False),
        ('<w:color w:val="FFFFFF"/>', True),
        ('<w:color w:val="F5F5F5"/>', True),
        ('<w:color w:val="FFFFFF" w:themeColor="background1"/>', True),
        ('<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:fill="1F2A44"/>', False),
        ('<w:color w:val="333333"/>', False),
        ('<w:sz w:val="2"/>', True),
        ('<w:sz w:val="20"/>', False),
    ],
)
def test_invisible_runs_dropped_and_counted(tmp_path: Path, props: str, hidden: bool) -> None:
    stuffing = "Kubernetes Terraform Kafka"
    body = f"<w:p>{_run('Visible summary line. ', '')}{_run(stuffing, props)}</w:p>"
    document = _read(tmp_path, body)
    text = " ".join(_texts(document))
    assert ("Kafka" in text) is not hidden
    if hidden:
        assert document.warnings == (f"{sum(ch.isalnum() for ch in stuffing)} hidden characters ignored",)
    else:
        assert document.warnings == ()


def test_white_text_in_a_dark_table_cell_is_visible(tmp_path: Path) -> None:
    white = '<w:color w:val="FFFFFF"/>'
    shade = '<w:tcPr><w:shd w:val="clear" w:fill="000000"/></w:tcPr>'
    cell = shade + w_p("", runs=_run("Ravi Senn, Staff Engineer", white))
    document = _read(tmp_path, w_table([[cell]]))
    assert _texts(document)[0] == "Ravi Senn, Staff Engineer"
    assert document.warnings == ()


def test_bold_hint_for_short_all_bold_paragraphs(tmp_path: Path) -> None:
    bold = "<w:b/>"
    body = (
        w_p("", runs=_run("Imogen Frost", bold))
        + w_p("", runs=_run("Senior ", bold) + _run("Engineer", ""))
        + w_p("", runs=_run("Not bold at all", '<w:b w:val="0"/>'))
    )
    lines = _read(tmp_path, body).lines
    assert "bold" in lines[0].hints
    assert "bold" not in lines[1].hints and "bold" not in lines[2].hints


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize(
    "inner",
    [
        "<w:r><w:rPr><w:b/></w:rPr><w:t>Bold</w:t></w:r><w:r><w:tab/><w:t>2019</w:t></w:r>",
        "<w:r><w:t>after</w:t><w:rPr><w:b/></w:rPr><w:t>properties</w:t></w:r>",
        "<w:r><w:rPr><w:b w:val='0'/></w:rPr><w:t>x</w:t></w:r><w:t>loose</w:t>",
        "<w:pPr><w:tabs><w:tab w:val='right'/></w:tabs></w:pPr><w:r><w:t>Title</w:t><w:br/></w:r>",
        "<w:pPr><w:tab/></w:pPr><w:r><w:t>odd tab</w:t></w:r>",
        "<w:bookmarkStart/><w:r><w:rPr><w:b/></w:rPr><w:t> </w:t><w:noBreakHyphen/></w:r>",
        "<w:r><w:rPr><w:b/><w:rPrChange><w:rPr><w:t>old</w:t></w:rPr></w:rPrChange></w:rPr><w:t>y</w:t></w:r>",
        "<w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink>",
        "<w:r><w:ruby><w:rt><w:r><w:t>a</w:t></w:r></w:rt></w:ruby><w:t>b</w:t></w:r>",
    ],
)
def test_flat_paragraph_shortcut_matches_the_general_walk(inner: str) -> None:
    from lxml import etree

    from screener.readers.docx_body import _flat_text_and_boldness, _nested_text_and_boldness

    p = etree.fromstring(f"<w:p {_W_NS}>{inner}</w:p>")
    flat = _flat_text_and_boldness(p)
    assert flat is None or flat == _nested_text_and_boldness(p)


def test_style_sheet_follows_based_on_chains_and_keeps_the_last_definition() -> None:
    from lxml import etree

    from screener.readers.docx import StyleSheet

    def style(sid: str, name: str, based: str = "", kind: str = "paragraph", ppr: str = "") -> str:
        parent = f"<w:basedOn w:val='{based}'/>" if based else ""
        return (
            f"<w:style w:type='{kind}' w:styleId='{sid}'><w:name w:val='{name}'/>{parent}"
            f"<w:pPr>{ppr}</w:pPr></w:style>"
        )

    root = etree.fromstring(
        f"<w:styles {_W_NS}>"
        + style("H1", "heading 1")
        + style("Sub", "My Sub", based="H1")
        + style("Deep", "Deeper", based="Sub")
        + style("Outline", "Custom", ppr="<w:outlineLvl w:val='0'/>")
        + style("Body", "Body", ppr="<w:outlineLvl w:val='9'/>")
        + style("Bul", "List Bullet")
        + style("Num", "Numbered", ppr="<w:numPr/>")
        + style("Loop1", "a", based="Loop2")
        + style("Loop2", "b", based="Loop1")
        + style("Char", "heading 2", kind="character")
        + style("Twice", "heading 3")
        + style("Twice", "Plain")
        + "</w:styles>"
    )
    sheet = StyleSheet(root)
    expected = {
        "H1": (True, False), "Sub": (True, False), "Deep": (True, False),
        "Outline": (True, False), "Body": (False, False), "Bul": (False, True),
        "Num": (False, True), "Loop1": (False, False), "Char": (False, False),
        "Twice": (False, False), "Missing": (False, False), None: (False, False),
    }
    assert {sid: sheet.kind(sid) for sid in expected} == expected
