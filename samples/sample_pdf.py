"""Render sample profiles as PDF with fpdf2: one column, two columns, and a scan with no text.

Text uses DejaVu Sans (embedded, Unicode) when the machine has it, else the core Helvetica
font in windows-1252, which still has the en dash, curly quotes and bullet the samples use.
The creation date is fixed so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sample_profiles import Profile

FIXED_DATE = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.timezone.utc)
FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts",
    "/Library/Fonts",
)
STYLES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}


def find_dejavu() -> Path | None:
    """The directory holding all three DejaVu Sans files, or None."""
    for d in FONT_DIRS:
        if all((Path(d) / name).is_file() for name in STYLES.values()):
            return Path(d)
    return None


def new_pdf(title: str):
    from fpdf import FPDF

    pdf = FPDF(format="Letter", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_creator("screener samples/generate.py")
    pdf.set_title(title)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    fonts = find_dejavu()
    if fonts is not None:
        for style, name in STYLES.items():
            pdf.add_font("Body", style, str(fonts / name))
        pdf.body_font = "Body"
    else:
        pdf.core_fonts_encoding = "windows-1252"
        pdf.body_font = "Helvetica"
    return pdf


def _font(pdf, style: str, size: float) -> None:
    pdf.set_font(pdf.body_font, style, size)


def _heading(pdf, text: str, x: float, w: float) -> None:
    pdf.ln(3)
    pdf.set_x(x)
    _font(pdf, "B", 11)
    pdf.set_text_color(30, 60, 110)
    pdf.cell(w, 6, text.upper(), new_x="LEFT", new_y="NEXT")
    pdf.set_draw_color(30, 60, 110)
    pdf.line(x, pdf.get_y(), x + w, pdf.get_y())
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def _para(pdf, text: str, x: float, w: float, size: float = 9.5, style: str = "") -> None:
    pdf.set_x(x)
    _font(pdf, style, size)
    pdf.multi_cell(w, size * 0.48, text, align="L", new_x="LEFT", new_y="NEXT")


def _bullets(pdf, items, x: float, w: float) -> None:
    _font(pdf, "", 9.5)
    for item in items:
        pdf.set_x(x + 2)
        pdf.cell(4, 4.6, "•")
        pdf.multi_cell(w - 6, 4.6, item, align="L", new_x="LEFT", new_y="NEXT")


def _roles(pdf, profile: Profile, x: float, w: float) -> None:
    for role in profile.roles:
        pdf.ln(1.5)
        pdf.set_x(x)
        _font(pdf, "B", 10)
        pdf.cell(w * 0.68, 5.2, role.title)
        _font(pdf, "", 9.5)
        pdf.cell(w * 0.32, 5.2, role.dates, align="R", new_x="LMARGIN", new_y="NEXT")
        _para(pdf, f"{role.org}, {role.place}", x, w, 9.5, "I")
        _bullets(pdf, role.bullets, x, w)


def _education(pdf, profile: Profile, x: float, w: float) -> None:
    for deg in profile.education:
        _para(pdf, f"{deg.line}, {deg.when}", x, w, 9.5)
        if deg.note:
            _para(pdf, deg.note, x + 3, w - 3, 9, "I")


def one_column(profile: Profile, path: Path) -> None:
    """A classic single-column résumé: name, contact line, then sections top to bottom."""
    pdf = new_pdf(f"{profile.name} – Résumé")
    pdf.add_page()
    x, w = pdf.l_margin, pdf.epw
    _font(pdf, "B", 20)
    pdf.cell(w, 9, profile.name, new_x="LMARGIN", new_y="NEXT")
    _para(pdf, profile.headline, x, w, 12)
    contact = " | ".join((profile.email, profile.phone, profile.location, *profile.links))
    _para(pdf, contact, x, w, 9)
    _heading(pdf, "Summary", x, w)
    _para(pdf, profile.summary, x, w)
    _heading(pdf, "Professional Experience", x, w)
    _roles(pdf, profile, x, w)
    _heading(pdf, "Education", x, w)
    _education(pdf, profile, x, w)
    _heading(pdf, "Skills", x, w)
    for group, items in profile.skills:
        pdf.set_x(x)
        _font(pdf, "B", 9.5)
        label = f"{group}: "
        pdf.cell(pdf.get_string_width(label) + 1, 4.8, label)
        _font(pdf, "", 9.5)
        pdf.multi_cell(0, 4.8, items, align="L", new_x="LMARGIN", new_y="NEXT")
    if profile.talks:
        _heading(pdf, "Publications & Talks", x, w)
        _bullets(pdf, profile.talks, x, w)
    pdf.output(str(path))


def two_column(profile: Profile, path: Path) -> None:
    """A left sidebar (contact, skills, education) beside the main column (experience)."""
    pdf = new_pdf(f"{profile.name} – CV")
    pdf.add_page()
    side_w = 70.0
    pdf.set_fill_color(232, 238, 245)
    pdf.rect(0, 0, side_w, pdf.h, style="F")
    sx, sw = 8.0, side_w - 14
    pdf.set_y(16)
    _para(pdf, profile.name, sx, sw, 14, "B")
    _para(pdf, profile.headline, sx, sw, 10)
    _heading(pdf, "Contact", sx, sw)
    for item in (profile.email, profile.phone, profile.location, *profile.links):
        _para(pdf, item, sx, sw, 8)
    _heading(pdf, "Skills", sx, sw)
    for group, items in profile.skills:
        _para(pdf, group, sx, sw, 8.5, "B")
        _para(pdf, items, sx, sw, 8.5)
        pdf.ln(0.8)
    _heading(pdf, "Education", sx, sw)
    for deg in profile.education:
        _para(pdf, deg.line, sx, sw, 8.5)
        _para(pdf, deg.when, sx, sw, 8.5, "I")
        pdf.ln(0.8)
    for heading, lines in profile.extra:
        _heading(pdf, heading, sx, sw)
        for line in lines:
            _para(pdf, line, sx, sw, 8.5)
    # Main column: a left margin at the column edge keeps page 2 (if any) in the column.
    mx = side_w + 8
    pdf.set_left_margin(mx)
    mw = pdf.w - mx - pdf.r_margin
    pdf.set_y(14)
    _heading(pdf, "Profile", mx, mw)
    _para(pdf, profile.summary, mx, mw)
    _heading(pdf, "Experience", mx, mw)
    _roles(pdf, profile, mx, mw)
    if profile.talks:
        _heading(pdf, "Selected Publications", mx, mw)
        _bullets(pdf, profile.talks, mx, mw)
    pdf.output(str(path))


SCAN_LINES = (
    ("Sasha Ivers", 46),
    ("Backend Engineer  ·  sasha.ivers@example.com  ·  Tucson, AZ", 22),
    ("", 22),
    ("EXPERIENCE", 26),
    ("Senior Backend Engineer, Saguaro Freight — Mar 2020 – Present", 22),
    ("  • Go and PostgreSQL services on Kubernetes, 30k requests per second", 20),
    ("  • Terraform for AWS; Prometheus and Grafana alerting", 20),
    ("Software Engineer, Mesa Verde Bank — 2015 - 2020", 22),
    ("  • Python APIs with OAuth2 and JWT; Redis caching", 20),
    ("", 22),
    ("EDUCATION", 26),
    ("M.S. Computer Science, Desert Ridge University, 2015", 22),
)


def scanned(path: Path) -> None:
    """A page holding only a picture of a résumé: what a scanner produces, no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    fonts = find_dejavu()
    img = Image.new("L", (1020, 1320), 250)
    draw = ImageDraw.Draw(img)
    y = 80
    for text, size in SCAN_LINES:
        if fonts is not None:
            font = ImageFont.truetype(str(fonts / STYLES[""]), size)
        else:
            font = ImageFont.load_default(size=size)
        draw.text((90, y), text, fill=35, font=font)
        y += int(size * 1.9)
    # A scanner never feeds the page perfectly straight.
    img = img.rotate(0.6, resample=Image.Resampling.BILINEAR, fillcolor=250)
    pdf = new_pdf("Scanned résumé")
    pdf.add_page()
    pdf.image(img, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(str(path))
