"""Render a second-set résumé: two extra DOCX blocks (Heading 2 roles, italic date lines), else tests/validation/render.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.validation.render import Bullet, Gap, Heading, Name, Resume, Text, render as render_v1


@dataclass(frozen=True)
class Sub:
    """A Word 'Heading 2' paragraph (one role's title line)."""

    text: str


@dataclass(frozen=True)
class Italic:
    """A Normal paragraph in italics (a role's dates)."""

    text: str


def render(resume: Resume, folder: Path) -> Path:
    if not any(isinstance(b, (Sub, Italic)) for b in resume.blocks):
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
        elif isinstance(block, Gap):
            document.add_paragraph("")
        elif isinstance(block, Text):
            document.add_paragraph(block.text)
        else:
            raise TypeError(type(block).__name__)
    path = folder / resume.filename
    document.save(str(path))
    return path
