"""DOCUMENTS -> RÉSUMÉ FACTS: sections, contact, education, roles, years and skills.

`extract_facts` is pure: the same document and as-of date always give the same facts,
and every fact carries the evidence (text, page, line) it was read from.
"""

from __future__ import annotations

import datetime

from screener.extract.contact import find_contact
from screener.extract.education import find_degrees
from screener.extract.roles import find_roles
from screener.extract.sections import split_sections
from screener.extract.skills import extract_skills
from screener.extract.years import experience_years, stated_years
from screener.models import DEGREE_LEVELS, Document, ResumeFacts

# Stated and computed years further apart than this earn a warning for the reader.
STATED_GAP_YEARS = 2.0


def extract_facts(document: Document, as_of: datetime.date) -> ResumeFacts:
    """Understand one résumé: who, which degrees, which roles, how many years, which skills."""
    as_of_month = as_of.year * 12 + as_of.month - 1
    lines = document.lines
    layout = split_sections(lines)
    studies = find_degrees(lines, layout.texts, layout.kinds, as_of_month, layout.mixed)
    roles = find_roles(lines, layout, studies, as_of_month)
    education = tuple(s.degree for s in studies)
    completed = [DEGREE_LEVELS.index(d.level) for d in education if d.completed]
    highest = DEGREE_LEVELS[max(completed)] if completed else "none"
    years = experience_years(roles, as_of_month)
    senior = experience_years(roles, as_of_month, senior=True)
    senior_titles = tuple(dict.fromkeys(r.title for r in roles if r.counts and r.senior))
    order = [i for i, kind in enumerate(layout.kinds) if kind in ("header", "summary")]
    order += [i for i, kind in enumerate(layout.kinds) if kind not in ("header", "summary")]
    stated, stated_evidence = stated_years(lines, order)
    warnings: list[str] = []
    if any(s.kind == "experience" and s.end > s.start for s in layout.sections) and not any(
        r.section in ("experience", "research") for r in roles
    ):
        warnings.append("the experience section has no dated roles; experience years are unknown")
    if stated is not None and abs(stated - years) > STATED_GAP_YEARS:
        warnings.append(
            f"the résumé states {stated:g} years of experience but its dated roles add up to {years:g}"
        )
    skills = extract_skills(document, layout.sections, roles)
    return ResumeFacts(
        contact=find_contact(lines, layout),
        sections=layout.sections,
        roles=roles,
        education=education,
        skills=skills,
        highest_degree=highest,
        experience_years=years,
        senior_years=senior,
        senior_titles=senior_titles,
        stated_years=stated,
        stated_evidence=stated_evidence,
        warnings=tuple(warnings),
    )


__all__ = ["extract_facts"]
