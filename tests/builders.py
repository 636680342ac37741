"""Documents made in code for the reader tests: PDFs (fpdf2 or raw bytes) and DOCX (raw XML zips).

Every text here is fictional. Signatures are stable: other test modules import these.
PDF coordinates follow fpdf2 (millimetres from the top-left of an A4 page).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

# --------------------------------------------------------------------------- PDF (fpdf2)


def _fpdf():
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=10)
    return pdf


def pdf_lines(path: Path, lines: Sequence[str], *, size: float = 10, pages: int = 1) -> Path:
    """A one-column PDF: `lines` on each of `pages` pages (cp1252 text: – • ­ are fine)."""
    pdf = _fpdf()
    for _ in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", size=size)
        for i, line in enumerate(lines):
            pdf.text(20, 20 + i * size * 0.5, line)
    pdf.output(str(path))
    return path


def pdf_two_columns(
    path: Path,
    left: Sequence[str],
    right: Sequence[str],
    *,
    header: Sequence[str] = (),
    left_width: float = 60,
    dark_sidebar: bool = False,
) -> Path:
    """A two-column page drawn row by row (left line, then right line, in content order).

    Stream order therefore interleaves the columns; a reader must use positions to read
    the left column, then the right. `dark_sidebar` paints the left column navy and its
    text white, as many templates do. The columns use different line pitches, as real
    ones do (a sidebar in smaller type).
    """
    pdf = _fpdf()
    pdf.add_page()
    top = 20 + 8 * len(header)
    if dark_sidebar:
        pdf.set_fill_color(20, 30, 70)
        pdf.rect(0, top - 8, left_width + 5, 297 - top + 8, style="F")
    pdf.set_font("Helvetica", size=14)
    for i, line in enumerate(header):
        pdf.text(60, 18 + i * 8, line)
    for i in range(max(len(left), len(right))):
        if i < len(left):
            pdf.set_font("Helvetica", size=9)
            pdf.set_text_color(255, 255, 255) if dark_sidebar else pdf.set_text_color(0, 0, 0)
            pdf.text(8, top + i * 4.6, left[i])
        if i < len(right):
            pdf.set_font("Helvetica", size=10)
            pdf.set_text_color(0, 0, 0)
            pdf.text(left_width + 15, top + i * 5.3, right[i])
    pdf.output(str(path))
    return path


def pdf_sidebar_gutter(
    path: Path,
    sidebar: Sequence[str | Sequence[str]],
    main: Sequence[str],
    *,
    gap: float = 8.0,
    sidebar_top: float = 20.0,
) -> Path:
    """A shaded left sidebar whose widest line comes within `gap` mm of the main column.

    A sidebar entry that is a string is one line; a sequence is one line drawn as separate
    cells (a skills row "Go," "Rust," ...), each its own text object, as table-like
    templates write them. The main column starts `gap` mm right of the widest sidebar
    line and its lines may run to the right margin (10 mm); a line that would not fit
    raises ValueError, so a test's lines really are as wide as it says.
    """
    pdf = _fpdf()
    pdf.add_page()
    side_x, side_size, main_size, space = 8.0, 9, 10, 1.2

    def width(entry: str | Sequence[str]) -> float:
        if isinstance(entry, str):
            return pdf.get_string_width(entry)
        return sum(pdf.get_string_width(cell) for cell in entry) + space * (len(entry) - 1)

    pdf.set_font("Helvetica", size=side_size)
    main_x = side_x + max(width(entry) for entry in sidebar) + gap
    pdf.set_font("Helvetica", size=main_size)
    for line in main:
        if main_x + pdf.get_string_width(line) > 200:
            raise ValueError(f"main line too wide for the page: {line!r}")
    pdf.set_fill_color(228, 232, 238)
    pdf.rect(0, 0, main_x - gap / 2, 297, style="F")
    pdf.set_font("Helvetica", size=side_size)
    for i, entry in enumerate(sidebar):
        y = sidebar_top + i * 4.3
        if isinstance(entry, str):
            pdf.text(side_x, y, entry)
            continue
        x = side_x
        for cell in entry:
            pdf.text(x, y, cell)
            x += pdf.get_string_width(cell) + space
    pdf.set_font("Helvetica", size=main_size)
    for i, line in enumerate(main):
        pdf.text(main_x, 20 + i * 5.1, line)
    pdf.output(str(path))
    return path


def wrap_mm(text: str, width: float, *, size: float = 10) -> list[str]:
    """`text` wrapped greedily into Helvetica lines at most `width` mm wide."""
    pdf = _fpdf()
    pdf.set_font("Helvetica", size=size)
    lines: list[str] = []
    for word in text.split():
        if lines and pdf.get_string_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def pdf_date_column(path: Path, entries: Sequence[tuple[str, Sequence[str]]], *, heading: str = "Experience") -> Path:
    """moderncv style: a narrow left column of dates, each beside the first line of its entry."""
    pdf = _fpdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.text(60, 20, "Robin Example")
    pdf.set_font("Helvetica", size=12)
    pdf.text(60, 32, heading)
    y = 42.0
    for dates, lines in entries:
        pdf.set_font("Helvetica", size=9)
        pdf.text(15, y, dates)
        pdf.set_font("Helvetica", size=10)
        for j, line in enumerate(lines):
            pdf.text(60, y + j * 5, line)
        y += 5 * len(lines) + 6
    pdf.output(str(path))
    return path


def pdf_right_dates(path: Path, entries: Sequence[tuple[str, str, Sequence[str]]]) -> Path:
    """Jake's-résumé style: each title at the left with its dates flush right, then bullets."""
    pdf = _fpdf()
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.text(20, 18, "Robin Example")
    y = 30.0
    for title, dates, bullets in entries:
        pdf.set_font("Helvetica", style="B", size=10)
        pdf.text(20, y, title)
        pdf.set_font("Helvetica", size=10)
        pdf.text(190 - pdf.get_string_width(dates), y, dates)
        for bullet in bullets:
            y += 5
            pdf.text(24, y, bullet)
        y += 8
    pdf.output(str(path))
    return path


def pdf_grid(
    path: Path, rows: Sequence[Sequence[str]], widths: Sequence[float] = (55, 75, 45)
) -> Path:
    """A table laid out as a grid: one row of side-by-side bordered cells per entry."""
    pdf = _fpdf()
    pdf.core_fonts_encoding = "cp1252"  # en dashes in date ranges
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.text(20, 18, "Robin Example")
    pdf.set_font("Helvetica", size=10)
    y = 30.0
    for row in rows:
        x = 20.0
        for width, text in zip(widths, row):
            pdf.rect(x, y, width, 7)  # the cell's border
            pdf.text(x + 1.5, y + 5, text)
            x += width
        y += 7
    pdf.output(str(path))
    return path


def pdf_word_by_word(
    path: Path, lines: Sequence[str], *, space_mm: float, width_mm: float | None = None
) -> Path:
    """Each word drawn on its own (as some generators place words), `space_mm` apart, or
    spread to `width_mm` like justified text; and a justified multi_cell paragraph below."""
    pdf = _fpdf()
    pdf.add_page()
    y = 20.0
    for line in lines:
        words = line.split()
        gap = space_mm
        if width_mm is not None and len(words) > 1:
            gap = (width_mm - sum(pdf.get_string_width(w) for w in words)) / (len(words) - 1)
        x = 20.0
        for word in words:
            pdf.text(x, y, word)
            x += pdf.get_string_width(word) + gap
        y += 5
    pdf.set_xy(20, y + 5)
    pdf.multi_cell(120, 5, " ".join(lines), align="J")
    pdf.output(str(path))
    return path


def pdf_with_hidden(path: Path, visible: Sequence[str], hidden: str, how: str) -> Path:
    """Visible lines plus `hidden` text drawn so nobody sees it.

    how: "white" (white on white), "tiny" (1 pt), "offpage" (beyond the page box),
    "invisible" (text render mode 3).
    """
    pdf = _fpdf()
    pdf.add_page()
    for i, line in enumerate(visible):
        pdf.text(20, 20 + i * 6, line)
    if how == "white":
        pdf.set_text_color(255, 255, 255)
        pdf.text(20, 200, hidden)
    elif how == "tiny":
        pdf.set_font("Helvetica", size=1)
        pdf.text(20, 200, hidden)
    elif how == "offpage":
        pdf.text(250, 200, hidden)
    elif how == "invisible":
        pdf.text_mode = "INVISIBLE"
        pdf.text(20, 200, hidden)
    else:
        raise ValueError(how)
    pdf.output(str(path))
    return path


def pdf_ocr_scan(path: Path, lines: Sequence[str]) -> Path:
    """A "scanned" page: a page-sized image with the recognised text drawn invisibly over it."""
    pdf = _fpdf()
    pdf.add_page()
    pdf.image(io.BytesIO(tiny_png()), x=0, y=0, w=210, h=297)
    pdf.text_mode = "INVISIBLE"
    for i, line in enumerate(lines):
        pdf.text(20, 20 + i * 6, line)
    pdf.output(str(path))
    return path


def pdf_with_links(path: Path, lines: Sequence[str], links: Sequence[tuple[str, str]]) -> Path:
    """Lines of text, then one line per (label, target): the label printed, the target linked."""
    pdf = _fpdf()
    pdf.add_page()
    y = 20.0
    for line in lines:
        pdf.text(20, y, line)
        y += 6
    for label, target in links:
        pdf.text(20, y, label)
        pdf.link(20, y - 4, 30, 5, target)
        y += 6
    pdf.output(str(path))
    return path


def pdf_encrypted(path: Path, lines: Sequence[str], *, user_password: str | None = "secret") -> Path:
    """A PDF encrypted with an owner password and, unless None, a user password."""
    pdf = _fpdf()
    pdf.add_page()
    for i, line in enumerate(lines):
        pdf.text(20, 20 + i * 6, line)
    pdf.set_encryption(owner_password="owner-pass", user_password=user_password)
    pdf.output(str(path))
    return path


def pdf_drawing_only(path: Path) -> Path:
    """A page with shapes and no text: what a scan or outlined glyphs look like to a reader."""
    pdf = _fpdf()
    pdf.add_page()
    for i in range(20):
        pdf.rect(20, 20 + i * 10, 120 - i * 3, 4, style="F")
    pdf.output(str(path))
    return path


# --------------------------------------------------------------------------- PDF (raw bytes)


def raw_pdf(objects: Sequence[bytes], *, root: int = 1) -> bytes:
    """A PDF file from object bodies (object i+1 is objects[i]) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def _stream(content: bytes, *, compress: bool = True) -> bytes:
    data = zlib.compress(content, 9) if compress else content
    flt = b"/Filter /FlateDecode " if compress else b""
    return b"<< " + flt + b"/Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def raw_text_pdf(text: str, *, content_prefix: bytes = b"") -> bytes:
    """A one-page PDF showing `text` (ASCII) in Helvetica, optionally after extra operators."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")
    content = content_prefix + b"BT /F1 12 Tf 72 720 Td (" + escaped + b") Tj ET"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def flate_bomb_pdf(inflated_bytes: int) -> bytes:
    """A PDF whose content stream inflates to `inflated_bytes` of spaces (about 1000:1)."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = []
    left = inflated_bytes
    while left > 0:
        parts.append(compressor.compress(chunk[: min(left, len(chunk))]))
        left -= len(chunk)
    data = b"".join(parts) + compressor.flush()
    stream = b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            stream,
        ]
    )


def page_tree_loop_pdf() -> bytes:
    """A page tree whose Pages node lists itself as a kid."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        ]
    )


def deep_nesting_pdf(depth: int) -> bytes:
    """A page whose resources hold arrays nested `depth` deep."""
    nested = b"[" * depth + b"]" * depth
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Junk " + nested + b" >>",
        ]
    )


# --------------------------------------------------------------------------- DOCX (raw XML)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'mc:Ignorable="wps"'
)
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def w_p(text: str = "", *, style: str | None = None, numbered: bool = False, runs: str = "") -> str:
    """A paragraph XML snippet. `runs` adds raw run XML after the text run."""
    ppr = ""
    if style or numbered:
        ppr = "<w:pPr>"
        ppr += f'<w:pStyle w:val="{style}"/>' if style else ""
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else ""
        ppr += "</w:pPr>"
    run = f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>' if text else ""
    return f"<w:p>{ppr}{run}{runs}</w:p>"


def w_table(rows: Sequence[Sequence[str | Sequence[str]]]) -> str:
    """A table; a cell is a string (one paragraph), a list of strings, or raw XML starting '<'."""
    out = ["<w:tbl>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            if isinstance(cell, str):
                inner = cell if cell.startswith("<") else w_p(cell)
            else:
                inner = "".join(w_p(t) for t in cell)
            out.append(f"<w:tc>{inner}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def w_textbox(paragraphs: Sequence[str], *, with_fallback: bool = True) -> str:
    """A run holding a text box, as Word writes it: mc:Choice (DrawingML) + mc:Fallback (VML)."""
    inner = "".join(w_p(t) for t in paragraphs)
    choice = (
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    )
    fallback = (
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback>"
    )
    return f"<w:r><mc:AlternateContent>{choice}{fallback if with_fallback else ''}</mc:AlternateContent></w:r>"


def w_link(text: str, rid: str) -> str:
    """A hyperlink run (inside a paragraph) pointing at relationship `rid`."""
    return f'<w:hyperlink r:id="{rid}"><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:hyperlink>'


def w_sdt(inner: str) -> str:
    """A block-level content control around `inner` (Google Docs wraps whole bodies so)."""
    return f"<w:sdt><w:sdtPr><w:id w:val=\"1\"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def w_ins(text: str) -> str:
    return f'<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>'


def w_del(text: str) -> str:
    return f'<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>'


_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="Rubrik 2"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>
</w:styles>"""


def docx_bytes(
    body: str,
    *,
    headers: Sequence[str] = (),
    footers: Sequence[str] = (),
    footnotes: Sequence[str] = (),
    extra_parts: dict[str, bytes] | None = None,
    document_xml: bytes | None = None,
    links: dict[str, str] | None = None,
) -> bytes:
    """A DOCX zip from body XML; headers/footers/footnotes are paragraphs' XML snippets.

    `links` maps relationship ids (used by `w_link`) to external targets.
    """
    rels = [f'<Relationship Id="rS" Type="{_REL_NS}/styles" Target="styles.xml"/>']
    for rid, target in (links or {}).items():
        rels.append(
            f'<Relationship Id="{rid}" Type="{_REL_NS}/hyperlink" Target="{_esc(target)}" TargetMode="External"/>'
        )
    parts: dict[str, bytes] = {"word/styles.xml": _STYLES.encode()}
    for kind, items in (("header", headers), ("footer", footers)):
        for i, xml in enumerate(items, start=1):
            name = f"{kind}{i}.xml"
            tag = "hdr" if kind == "header" else "ftr"
            parts[f"word/{name}"] = f'<w:{tag} {_NAMESPACES}>{xml}</w:{tag}>'.encode()
            rels.append(f'<Relationship Id="r{kind}{i}" Type="{_REL_NS}/{kind}" Target="{name}"/>')
    if footnotes:
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        ]
        notes += [f'<w:footnote w:id="{i}">{xml}</w:footnote>' for i, xml in enumerate(footnotes, 1)]
        parts["word/footnotes.xml"] = f"<w:footnotes {_NAMESPACES}>{''.join(notes)}</w:footnotes>".encode()
        rels.append(f'<Relationship Id="rF" Type="{_REL_NS}/footnotes" Target="footnotes.xml"/>')
    document = document_xml or (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:document {_NAMESPACES}><w:body>{body}<w:sectPr/></w:body></w:document>"
    ).encode()
    parts["word/document.xml"] = document
    parts["word/_rels/document.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    ).encode()
    parts["[Content_Types].xml"] = (
        b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
    )
    parts.update(extra_parts or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def write_docx(path: Path, body: str, **kwargs) -> Path:
    path.write_bytes(docx_bytes(body, **kwargs))
    return path


def tiny_png() -> bytes:
    """A valid 8x8 grey PNG, made without an imaging library."""
    raw = b"".join(b"\x00" + b"\x80" * 8 for _ in range(8))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def docx_picture_only(path: Path) -> Path:
    """A DOCX made by python-docx holding one picture and no text."""
    import docx

    document = docx.Document()
    document.add_picture(io.BytesIO(tiny_png()))
    document.save(str(path))
    return path


def docx_python(path: Path, paragraphs: Sequence[tuple[str, str | None]], table: Sequence[Sequence[str]] = ()) -> Path:
    """A DOCX made by python-docx: (text, style name or None) paragraphs, then a table."""
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    document.save(str(path))
    return path


def zip_bomb_docx(inflated_bytes: int) -> bytes:
    """A DOCX whose document.xml inflates to `inflated_bytes` (mostly spaces)."""
    head = f"<w:document {_NAMESPACES}><w:body>".encode()
    filler = b" " * inflated_bytes
    document = head + filler + b"</w:body></w:document>"
    return docx_bytes("", document_xml=document)
