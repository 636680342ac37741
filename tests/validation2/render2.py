"""Render a second-set résumé: extra DOCX blocks (Heading 2 roles, italic date lines, text
boxes) here, everything else by tests/validation/render.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.validation.render import Bullet, Entry, Gap, Heading, Name, Resume, Text, render as render_v1


@dataclass(frozen=True)
class Sub:
    """A Word 'Heading 2' paragraph (one role's title line)."""

    text: str


@dataclass(frozen=True)
class Italic:
    """A Normal paragraph in italics (a role's dates)."""

    text: str


@dataclass(frozen=True)
class Box:
    """A floating VML text box (w:pict/v:textbox) holding one paragraph a line."""

    lines: tuple[str, ...]


def _add_box(document, lines: tuple[str, ...]) -> None:
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t in lines)
    xml = (
        f'<w:r xmlns:w="{w}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        '<v:shape style="position:absolute;margin-left:0;margin-top:0;width:450pt;height:60pt">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    document.add_paragraph()._p.append(parse_xml(xml))


def render(resume: Resume, folder: Path) -> Path:
    if not any(isinstance(b, (Sub, Italic, Box)) for b in resume.blocks):
        return render_v1(resume, folder)
    import docx
    from docx.shared import Pt

    from tests.validation.render import FIXED_DATE

    document = docx.Document()
    document.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    for block in resume.blocks:
        if isinstance(block, Name):
            run = document.add_paragraph().add_run(block.text)
            run.bold, run.font.size = True, Pt(20)
        elif isinstance(block, Heading):
            document.add_heading(block.text, level=1)
        elif isinstance(block, Sub):
            document.add_heading(block.text, level=2)
        elif isinstance(block, Italic):
            document.add_paragraph().add_run(block.text).italic = True
        elif isinstance(block, Bullet):
            document.add_paragraph(block.text, style="List Bullet")
        elif isinstance(block, Box):
            _add_box(document, block.lines)
        elif isinstance(block, Gap):
            document.add_paragraph("")
        elif isinstance(block, Text):
            document.add_paragraph(block.text)
        elif isinstance(block, Entry):
            document.add_paragraph(f"{block.left}\t{block.right}").runs[0].bold = block.bold
        else:
            raise TypeError(type(block).__name__)
    path = folder / resume.filename
    document.save(str(path))
    return path
