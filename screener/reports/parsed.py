"""`screener parse FILE`: what was read and understood from one résumé, for a person to check."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table

from screener.models import Document, Failure, ResumeFacts


def render_parsed(
    console: Console,
    outcome: tuple[Document, ResumeFacts] | Failure,
    *,
    show_lines: bool = False,
    as_json: bool = False,
) -> None:
    if isinstance(outcome, Failure):
        console.print(f"{outcome.file}: {outcome.code}: {outcome.message}", highlight=False)
        return
    document, facts = outcome
    if as_json:
        from screener.reports.json_report import facts_record

        record = {
            "file": document.path,
            "format": document.format,
            "pages": document.pages,
            "warnings": list(document.warnings + facts.warnings),
            "contact": {
                "name": facts.contact.name,
                "email": facts.contact.email,
                "phone": facts.contact.phone,
                "location": facts.contact.location,
                "links": list(facts.contact.links),
            },
            "facts": facts_record(facts),
        }
        if show_lines:
            record["lines"] = [
                {"page": ln.page, "line": ln.number, "text": ln.text, "hints": sorted(ln.hints)}
                for ln in document.lines
            ]
        console.print_json(json.dumps(record, ensure_ascii=False))
        return
    contact = facts.contact
    console.print(f"[bold]{contact.name or '(no name found)'}[/]  {document.path}", highlight=False)
    console.print(
        f"{document.format.upper()}, {document.pages} page(s), {len(document.lines)} lines; "
        f"email {contact.email or '—'}; phone {contact.phone or '—'}; "
        f"location {contact.location or '—'}",
        highlight=False,
    )
    for link in contact.links:
        console.print(f"  {link}", highlight=False)
    for warning in document.warnings + facts.warnings:
        console.print(f"[yellow]warning:[/] {warning}", highlight=False)

    console.print(
        f"\nexperience {facts.experience_years} years, senior {facts.senior_years} years"
        + (f", stated {facts.stated_years}" if facts.stated_years is not None else "")
        + f"; highest degree: {facts.highest_degree}",
        highlight=False,
    )
    sections = Table("section", "heading (page:line)", title="Sections", title_justify="left")
    for s in facts.sections:
        sections.add_row(s.kind, f"{s.heading.text} ({s.heading.where()})" if s.heading else "")
    console.print(sections)

    roles = Table("start", "end", "months", "title", "organization", "counts", title="Roles",
                  title_justify="left")
    for r in facts.roles:
        counts = ("senior" if r.senior else "yes") if r.counts else f"no: {r.excluded_because}"
        roles.add_row(r.start, r.end or "present", str(r.months), r.title, r.organization or "", counts)
    console.print(roles)

    degrees = Table("level", "degree", "field", "institution", "year", "completed",
                    title="Education", title_justify="left")
    for d in facts.education:
        degrees.add_row(d.level, d.degree, d.field or "", d.institution or "",
                        str(d.year or ""), "yes" if d.completed else "no")
    console.print(degrees)

    skills = Table("skill", "mentions", "years", "last used", "first evidence",
                   title="Skills", title_justify="left")
    for k in facts.skills:
        first = k.evidence[0] if k.evidence else None
        skills.add_row(k.name, str(k.mentions), str(k.years), k.last_used or "",
                       f"{first.where()} {first.text[:60]}" if first else "")
    console.print(skills)

    if show_lines:
        for ln in document.lines:
            hints = f" [{','.join(sorted(ln.hints))}]" if ln.hints else ""
            console.print(f"{ln.page}:{ln.number:>3}{hints} {ln.text}", highlight=False, markup=False)
