"""Render a benchmark résumé as PDF, fast: core fonts, our own line wrapping, `text()` calls.

fpdf2's `multi_cell` measures every character and embedding a TrueType font subsets it with
fontTools: about 100 ms a file. Core fonts (Helvetica, Times; windows-1252, so en dashes
and bullets work), `text()` calls and our own wrapping by cached word widths bring it to a
few ms, and make the output independent of the fonts installed on the machine.
"""

from __future__ import annotations

import datetime as dt

from resume_model import Resume

FIXED_DATE = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.timezone.utc)
PT = 0.3528  # mm per point
# Word widths per (font, style, size): words repeat across résumés, and measuring
# character by character is most of the cost of wrapping.
_WIDTHS: dict[tuple[str, str, float], dict[str, float]] = {}


class _Flow:
    """A text cursor in one column that starts a new page when it runs out of room."""

    def __init__(self, pdf, family: str, x: float, w: float, y: float) -> None:
        self.pdf, self.family, self.x, self.w, self.y = pdf, family, x, w, y

    def line(self, text: str, size: float, style: str = "", dx: float = 0.0,
             right: str | None = None) -> None:
        pdf = self.pdf
        if self.y > pdf.h - 16:
            pdf.add_page()
            self.y = 18.0
        self.y += size * PT * 1.25
        pdf.set_font(self.family, style, size)
        pdf.text(self.x + dx, self.y, text)
        if right:
            pdf.set_font(self.family, "", size)
            pdf.text(self.x + self.w - pdf.get_string_width(right), self.y, right)

    def para(self, text: str, size: float, style: str = "", dx: float = 0.0,
             first: str = "") -> None:
        for k, piece in enumerate(self.wrap(text, size, style, self.w - dx)):
            if first and k == 0:
                self.line(first, size, "", dx - 3.5)
                self.y -= size * PT * 1.25
            self.line(piece, size, style, dx)

    def wrap(self, text: str, size: float, style: str, width: float) -> list[str]:
        """Greedy word wrap by measured widths, so no line leaves its column."""
        self.pdf.set_font(self.family, style, size)
        key = (self.family, style, size)
        widths = _WIDTHS.setdefault(key, {})

        def measure(word: str) -> float:
            w = widths.get(word)
            if w is None:
                w = widths[word] = self.pdf.get_string_width(word)
            return w

        space = measure(" ")
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in text.split():
            w = measure(word)
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [], 0.0
            used += (space if current else 0.0) + w
            current.append(word)
        if current:
            lines.append(" ".join(current))
        return lines

    def heading(self, text: str) -> None:
        self.y += 2.5
        self.line(text.upper(), 10.5, "B")
        self.pdf.line(self.x, self.y + 1.2, self.x + self.w, self.y + 1.2)
        self.y += 1.5

    def gap(self, mm: float) -> None:
        self.y += mm


def _experience(flow: _Flow, r: Resume) -> None:
    flow.heading(r.headings[1])
    for role in r.roles:
        flow.gap(1.5)
        flow.line(role.title, 10, "B", right=role.dates)
        flow.line(f"{role.org}, {role.place}", 9.5, "I")
        for bullet in role.bullets:
            flow.para(bullet, 9.5, dx=4, first="•")


def _education(flow: _Flow, r: Resume, size: float = 9.5) -> None:
    flow.heading(r.headings[2])
    for line in r.education:
        flow.para(line, size)


def render_pdf(r: Resume, rng_family: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="Letter", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(f"{r.name} – Résumé")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    fam = rng_family
    if r.layout == "two":
        pdf.set_fill_color(234, 239, 244)
        pdf.rect(0, 0, 66, pdf.h, style="F")
        side = _Flow(pdf, fam, 8, 52, 12)
        side.para(r.name, 15, "B")
        side.para(r.headline, 9.5)
        side.heading("Contact")
        for item in (r.email, r.phone, r.location, *r.links):
            side.line(item, 8)
        side.heading(r.headings[3])
        for group, items in r.skills:
            side.line(group, 8.5, "B")
            side.para(items, 8.5)
        _education(side, r, 8.5)
        flow = _Flow(pdf, fam, 74, pdf.w - 74 - 14, 12)
    else:
        flow = _Flow(pdf, fam, 16, pdf.w - 32, 12)
        flow.line(r.name, 20, "B")
        flow.line(r.headline, 12)
        flow.para("  |  ".join((r.email, r.phone, r.location, *r.links)), 9)
    flow.heading(r.headings[0])
    flow.para(r.summary, 9.5)
    _experience(flow, r)
    if r.layout != "two":
        _education(flow, r)
        flow.heading(r.headings[3])
        for group, items in r.skills:
            flow.para(f"{group}: {items}", 9.5)
    if r.projects:
        flow.heading(r.headings[4])
        for project in r.projects:
            flow.para(project, 9.5, dx=4, first="•")
    if r.talks:
        flow.heading(r.headings[5])
        for talk in r.talks:
            flow.para(talk, 9.5, dx=4, first="•")
    return bytes(pdf.output())
