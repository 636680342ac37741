"""Exclusions: say why a role does not count as professional experience.

A role does not count when it is an internship, a student job (teaching or research
assistant, or academic work during a degree), volunteering, a career break, a project or an
activity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.extract.alternation import CaseBlind, by_initial
from screener.extract.education import Study

_I = re.IGNORECASE

_INTERNSHIP = CaseBlind(
    r"\b"
    + by_initial(
        r"intern|internship|trainee|apprentice(?:ship)?|co-?op|werkstudent|placement",
        ignore_case=True,
    )
    + r"\b",
)
# "Graduate Trainee", "Management Trainee", "Graduate Engineer Trainee": a salaried post after
# the degree, not a trainee placement.
_SALARIED_TRAINEE = re.compile(r"\b(?:graduate|management)\s+(?:[a-z]+\s+)?trainees?\b", _I)
_STUDENT = CaseBlind(
    r"\b"
    + by_initial(
        r"student|teaching\s+assistant|research\s+assistant|graduate\s+assistant|undergraduate|"
        r"ta|ra|tutor|phd\s+candidate|"
        r"(?<!post-)(?<!post\s)doctoral\s+(?:student|researcher|candidate)|"
        # a job said to be held while studying: "Sales Associate (part-time, while studying)"
        r"while\s+(?:studying|at\s+(?:university|college|school|uni))|"
        r"during\s+(?:my|the)\s+"
        r"(?:studies|degree|bachelor['’]?s?|master['’]?s?|university|college)|"
        r"alongside\s+(?:my|the)\s+(?:studies|degree)|student\s+job",
        ignore_case=True,
        any_order=True,  # only ever asked whether it matches
    )
    + r"\b",
)
_VOLUNTEER = CaseBlind(
    r"\b"
    + by_initial(
        r"volunteer|volunteering|open[- ]source\s+contributor|contributor|pro\s+bono",
        ignore_case=True,
    )
    + r"\b",
)
_BREAK = CaseBlind(
    r"\b"
    + by_initial(
        r"career\s+break|sabbatical|gap\s+year|parental\s+leave|maternity\s+leave|"
        r"paternity\s+leave|break\s+from\s+work",
        ignore_case=True,
    )
    + r"\b",
)
_CLUB = CaseBlind(r"\bclub\b")
_ACADEMIC = CaseBlind(
    r"\b"
    + by_initial(
        r"universit\w*|college|school|lab|laboratory|institute|department|campus|faculty|research|"
        r"fellow|assistant|undergraduate|graduate|student|teaching|tutor|ta|ra",
        ignore_case=True,
    )
    + r"\b",
)
# A description saying the work was towards the person's own degree.
_FOR_A_DEGREE = CaseBlind(
    r"\b"
    + by_initial(
        r"for\s+(?:a|my|the|his|her|their)\s+"
        r"(?:doctora\w*|ph\.?\s?d|master['’]?s?|bachelor['’]?s?)\b"
        r"|(?:thesis|dissertation)\s+(?:work|research)\b|my\s+(?:thesis|dissertation)\b",
        ignore_case=True,
        any_order=True,  # only ever asked whether it matches
    ),
)
_SECTION_WHY = {"projects": "project", "volunteering": "volunteer", "activities": "activity"}


def exclusion(
    section: str,
    title: str,
    org: str | None,
    header: str,
    start: int,
    studies: Sequence[Study],
    as_of_month: int,
    description: str = "",
) -> str | None:
    """Why a role does not count as professional experience, or None when it does."""
    if section in _SECTION_WHY:
        return _SECTION_WHY[section]
    if _BREAK.found(title or header):
        return "break"  # a career break or sabbatical is a dated line, not a job
    if _INTERNSHIP.found(_SALARIED_TRAINEE.sub(" ", header)):
        return "internship"
    if _VOLUNTEER.found(header):
        return "volunteer"
    if _STUDENT.found(title) or _STUDENT.found(header):
        return "student"
    if _CLUB.found(header):
        return "activity"
    academic = section == "research" or _ACADEMIC.found(f"{title} {org or ''} {header}")
    if academic and _FOR_A_DEGREE.found(description):
        return "student"  # "Started research for a doctorate degree", "thesis work"
    if academic:
        for study in studies:
            if study.start is None:
                continue
            end = study.end if study.end is not None else as_of_month
            if study.end_year_only:
                end -= 12  # a role from the final year of "2015 – 2020" may follow the degree
            if study.start <= start <= end:
                return "student"
    return None
