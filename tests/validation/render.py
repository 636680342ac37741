"""Render a validation résumé (a list of layout blocks) as a PDF (fpdf2) or a DOCX (python-docx).

The blocks are a tiny layout language, so one résumé's words can be laid out the ways real
résumés are: headings, lines with a right-aligned date, a left column of dates beside the
text (PDF), a page-header contact block or a two-cell layout table (DOCX). PDFs use the
core fonts in windows-1252, which hold en and em dashes, curly quotes and Latin-1 accents;
anything else is replaced so rendering never fails.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

FIXED_DATE = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.timezone.utc)


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Name:
    text: str


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Bold:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Bullet:
    text: str


@dataclass(frozen=True)
class Entry:
    """A line with text on the left and something (usually dates) flush right."""

    left: str
    right: str
    bold: bool = True


@dataclass(frozen=True)
class Column:
    """Dates in a narrow left column (x=20mm), the entry's lines beside them (x=60mm)."""

    left: tuple[str, ...]
    right: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A grid with one entry a row (DOCX table; PDF cells side by side)."""

    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Gap:
    pass


Block = Name | Text | Bold | Heading | Bullet | Entry | Column | Table | Gap


@dataclass(frozen=True)
class Resume:
    """One fictional résumé: its blocks and how to lay them out."""

    key: str
    fmt: str  # "pdf" or "docx"
    blocks: tuple[Block, ...]
    font: str = "Helvetica"  # PDF core font
    heading_caps: bool = False  # PDF/DOCX: print headings in capitals
    docx_styles: bool = True  # DOCX: Heading 1 / List Bullet styles, else bold Normal text
    header: tuple[Block, ...] = ()  # DOCX: blocks placed in the page header
    side: tuple[Block, ...] = ()  # DOCX: left cell of a two-cell layout table; blocks go right
    notes: str = field(default="", compare=False)

    @property
    def filename(self) -> str:
        return f"{self.key}.{self.fmt}"


def render(resume: Resume, folder: Path) -> Path:
    path = folder / resume.filename
    if resume.fmt == "pdf":
        _render_pdf(resume, path)
    else:
        _render_docx(resume, path)
    return path


# --------------------------------------------------------------------------- PDF


def _safe(text: str) -> str:
    """Text the core fonts can show in windows-1252; anything else becomes a plain look-alike."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append({"\u2212": "-", "\u2010": "-", "\u00a0": " "}.get(ch, "?"))
    return "".join(out)


def _render_pdf(resume: Resume, path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="Letter", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    font = resume.font
    width = pdf.w - 40
    nl = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}

    for block in resume.blocks:
        if isinstance(block, Name):
            pdf.set_font(font, "B", 18)
            pdf.cell(width, 9, _safe(block.text), **nl)
        elif isinstance(block, Heading):
            pdf.ln(2)
            pdf.set_font(font, "B", 12)
            text = block.text.upper() if resume.heading_caps else block.text
            pdf.cell(width, 7, _safe(text), **nl)
        elif isinstance(block, Text):
            pdf.set_font(font, "", 10)
            pdf.multi_cell(width, 5, _safe(block.text), **nl)
        elif isinstance(block, Bold):
            pdf.set_font(font, "B", 10.5)
            pdf.multi_cell(width, 5.5, _safe(block.text), **nl)
        elif isinstance(block, Bullet):
            pdf.set_font(font, "", 10)
            pdf.set_x(24)
            pdf.multi_cell(width - 4, 5, _safe("\u2022 " + block.text), **nl)
        elif isinstance(block, Entry):
            pdf.set_font(font, "B" if block.bold else "", 10.5)
            y = pdf.get_y()
            pdf.cell(width, 5.5, _safe(block.left))
            pdf.set_font(font, "", 10)
            pdf.set_xy(20, y)
            pdf.cell(width, 5.5, _safe(block.right), align="R", **nl)
        elif isinstance(block, Column):
            y = pdf.get_y()
            pdf.set_font(font, "", 9.5)
            for i, text in enumerate(block.left):
                pdf.set_xy(20, y + i * 5)
                pdf.cell(38, 5, _safe(text))
            pdf.set_xy(60, y)
            for i, text in enumerate(block.right):
                pdf.set_font(font, "B" if i == 0 else "", 10)
                pdf.set_x(60)
                pdf.multi_cell(pdf.w - 80, 5, _safe(text), new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.set_y(max(pdf.get_y(), y + 5 * len(block.left)) + 1.5)
        elif isinstance(block, Table):
            pdf.set_font(font, "", 10)
            for row in block.rows:
                for text in row:
                    pdf.cell(width / len(row), 5.5, _safe(text))
                pdf.ln(5.5)
        elif isinstance(block, Gap):
            pdf.ln(3)
    pdf.output(str(path))


# --------------------------------------------------------------------------- DOCX


def _render_docx(resume: Resume, path: Path) -> None:
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    document = docx.Document()
    document.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    section = document.sections[0]
    usable = section.page_width - section.left_margin - section.right_margin

    def emit(container, block: Block) -> None:
        if isinstance(block, Gap):
            container.add_paragraph("")
            return
        if isinstance(block, Table):
            table = container.add_table(rows=len(block.rows), cols=len(block.rows[0]))
            for r, row in enumerate(block.rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            return
        if isinstance(block, Column):
            table = container.add_table(rows=1, cols=2)
            table.cell(0, 0).text = "\n".join(block.left)
            right = table.cell(0, 1)
            right.text = block.right[0]
            for text in block.right[1:]:
                right.add_paragraph(text)
            return
        if isinstance(block, Name):
            p = container.add_paragraph()
            run = p.add_run(block.text)
            run.bold = True
            run.font.size = Pt(20)
            return
        if isinstance(block, Heading):
            text = block.text.upper() if resume.heading_caps else block.text
            if resume.docx_styles and hasattr(container, "add_heading"):
                container.add_heading(text, level=1)
            else:
                p = container.add_paragraph()
                run = p.add_run(text)
                run.bold = True
                run.font.size = Pt(12)
            return
        if isinstance(block, Bullet):
            if resume.docx_styles:
                container.add_paragraph(block.text, style="List Bullet")
            else:
                container.add_paragraph("\u2022 " + block.text)
            return
        if isinstance(block, Entry):
            p = container.add_paragraph()
            stop = usable if container is document else Inches(4.2)
            p.paragraph_format.tab_stops.add_tab_stop(stop, WD_TAB_ALIGNMENT.RIGHT)
            run = p.add_run(block.left)
            run.bold = block.bold
            p.add_run("\t" + block.right)
            return
        p = container.add_paragraph()
        run = p.add_run(block.text)
        run.bold = isinstance(block, Bold)

    if resume.header:
        header = section.header
        first = True
        for block in resume.header:
            if first and header.paragraphs:
                header.paragraphs[0].text = block.text  # type: ignore[union-attr]
                first = False
                continue
            emit(header, block)
    if resume.side:
        table = document.add_table(rows=1, cols=2)
        left, right = table.cell(0, 0), table.cell(0, 1)
        left.width, right.width = Inches(2.2), Inches(4.3)
        for cell, blocks in ((left, resume.side), (right, resume.blocks)):
            cell.paragraphs[0].text = ""
            for block in blocks:
                emit(cell, block)
            first = cell.paragraphs[0]
            if not first.text:  # drop the cell's empty first paragraph
                first._element.getparent().remove(first._element)
    else:
        for block in resume.blocks:
            emit(document, block)
    document.save(str(path))
