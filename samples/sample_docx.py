"""Render sample profiles as DOCX with python-docx: plain, layout table, contact in the header.

Core properties carry fixed dates and the zip is rewritten with fixed member timestamps,
so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from sample_profiles import Profile

FIXED_DATE = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 1, 15, 9, 0, 0)


def _new(profile: Profile, font: str = "Calibri", size: float = 10.5):
    import docx
    from docx.shared import Mm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(18))
    section.top_margin = section.bottom_margin = Mm(15)
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    props = document.core_properties
    props.author = props.last_modified_by = "screener samples"
    props.title = f"{profile.name} – Résumé"
    props.created = props.modified = FIXED_DATE
    props.revision = 1
    return document


def _save(document, path: Path) -> None:
    """Save with fixed zip timestamps: python-docx stamps members with the current time."""
    raw = io.BytesIO()
    document.save(raw)
    raw.seek(0)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))


def _run(paragraph, text: str, bold: bool = False, italic: bool = False, size: float | None = None):
    from docx.shared import Pt

    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = Pt(size)
    return run


def _bullets(container, items) -> None:
    for item in items:
        container.add_paragraph(item, style="List Bullet")


def _skills(document, profile: Profile) -> None:
    for group, items in profile.skills:
        p = document.add_paragraph()
        if len(profile.skills) > 1 or group != "Skills":
            _run(p, f"{group}: ", bold=True)
        _run(p, items)


def plain(profile: Profile, path: Path) -> None:
    """A one-column Word résumé: Title and Heading styles, List Bullet paragraphs."""
    document = _new(profile)
    document.add_paragraph(profile.name, style="Title")
    contact = " · ".join((profile.location, profile.phone, profile.email, *profile.links))
    document.add_paragraph(contact)
    document.add_heading("Summary", level=1)
    document.add_paragraph(profile.summary)
    document.add_heading("Experience", level=1)
    for role in profile.roles:
        p = document.add_paragraph()
        _run(p, role.title, bold=True)
        _run(p, f" | {role.org} | {role.place}")
        _run(document.add_paragraph(), role.dates, italic=True)
        _bullets(document, role.bullets)
    document.add_heading("Education", level=1)
    for deg in profile.education:
        document.add_paragraph(f"{deg.line} — {deg.when}")
    document.add_heading("Skills", level=1)
    _skills(document, profile)
    if profile.talks:
        document.add_heading("Talks", level=1)
        _bullets(document, profile.talks)
    _save(document, path)


def _borderless(table) -> None:
    """Turn off every border, as Word layout tables usually do."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _caps_heading(document, text: str) -> None:
    # Bold capitals in a Normal paragraph: many résumés never use Word's heading styles.
    p = document.add_paragraph()
    _run(p, text.upper(), bold=True, size=12)


def table_layout(profile: Profile, path: Path) -> None:
    """Dates and places in a narrow left cell, role and bullets in the right cell."""
    from docx.shared import Mm

    document = _new(profile, font="Arial", size=10)
    _run(document.add_paragraph(), profile.name, bold=True, size=18)
    document.add_paragraph(profile.headline)
    document.add_paragraph(f"{profile.email}  |  {profile.phone}  |  {profile.location}")
    _caps_heading(document, "Summary")
    document.add_paragraph(profile.summary)
    _caps_heading(document, "Experience")
    table = document.add_table(rows=0, cols=2)
    _borderless(table)
    for role in profile.roles:
        left, right = table.add_row().cells
        left.width, right.width = Mm(42), Mm(138)
        left.paragraphs[0].text = role.dates
        left.add_paragraph(role.place)
        _run(right.paragraphs[0], role.title, bold=True)
        right.add_paragraph(role.org)
        _bullets(right, role.bullets)
    _caps_heading(document, "Education")
    edu = document.add_table(rows=0, cols=2)
    _borderless(edu)
    for deg in profile.education:
        left, right = edu.add_row().cells
        left.width, right.width = Mm(42), Mm(138)
        left.paragraphs[0].text = deg.when
        right.paragraphs[0].text = deg.line
    _caps_heading(document, "Skills")
    _skills(document, profile)
    _save(document, path)


def header_contact(profile: Profile, path: Path) -> None:
    """Name and contact details only in the page header, as many Word templates do."""
    document = _new(profile, font="Georgia", size=10.5)
    header = document.sections[0].header
    _run(header.paragraphs[0], profile.name, bold=True, size=16)
    header.add_paragraph(
        f"{profile.email} · {profile.phone} · {profile.location} · " + " · ".join(profile.links)
    )
    document.sections[0].footer.paragraphs[0].text = "References available on request"
    document.add_heading("Profile", level=2)
    document.add_paragraph(profile.summary)
    document.add_heading("Work History", level=2)
    for role in profile.roles:
        p = document.add_paragraph()
        _run(p, f"{role.title}, {role.org}", bold=True)
        _run(p, f"\t{role.dates}")
        _bullets(document, role.bullets)
    document.add_heading("Education", level=2)
    for deg in profile.education:
        p = document.add_paragraph(f"{deg.line}, {deg.when}")
        if deg.note:
            _run(p, f" ({deg.note})", italic=True)
    document.add_heading("Technical Skills", level=2)
    _skills(document, profile)
    _save(document, path)
