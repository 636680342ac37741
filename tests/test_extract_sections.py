"""Sections: heading aliases, layout cues, inline headings, fuzzy spelling, the header section."""

from __future__ import annotations

import pytest

from screener.extract.sections import heading_kind, names_education, split_sections
from tests.extract_support import doc


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Experience", "experience"),
        ("Work History", "experience"),
        ("Professional Experience", "experience"),
        ("EMPLOYMENT", "experience"),
        ("Career", "experience"),
        ("Relevant Experience:", "experience"),
        ("Previous Roles", "experience"),
        ("Research Experience", "research"),
        ("Education", "education"),
        ("Academic Background", "education"),
        ("Professional Qualifications", "education"),
        ("Technical Skills", "skills"),
        ("Core Competencies", "skills"),
        ("Professional Summary", "summary"),
        ("Objective", "summary"),
        ("Open Source Projects", "projects"),
        ("Publications", "publications"),
        ("Certifications", "certifications"),
        ("Honors & Awards", "awards"),
        ("Volunteer Experience", "volunteering"),
        ("Leadership & Teaching Experience", "activities"),
        ("Extracurricular Activities", "activities"),
        ("Languages", "languages"),
        ("Interests", "interests"),
        ("References", "references"),
        ("KEY DATA ENGINEERING PROJECTS", "projects"),
        ("EXPERINCE", "experience"),
        ("Berufserfahrung", "experience"),
        ("Expérience professionnelle", "experience"),
        ("Experiencia Laboral", "experience"),
        ("Formación", "education"),
        ("Kenntnisse", "skills"),
        ("EXPERIENCE (10 years)", "experience"),
        ("(10 years)", None),
        ("Academic Appointments", "experience"),
        ("Academic Qualifications", "education"),
        # a heading naming both kinds is read for roles (and its degrees, see `mixed`)
        ("Experience & Education", "experience"),
        ("Education and Experience", "experience"),
        ("WORK EXPERIENCE & EDUCATION", "experience"),
        ("Employment and Education History", "experience"),
        ("Education & Training", "education"),
        # experience joined to a kind whose jobs would not count: the jobs still count
        ("Work Experience & Projects", "experience"),
        ("Experience and Volunteering", "experience"),
        ("EMPLOYMENT & TRAINING", "experience"),
        ("Experience / Leadership", "experience"),
        ("Project Experience", "projects"),
        ("Projects & Experience", "projects"),
        ("—", None),
        ("01. Education", "education"),
        ("— SKILLS —", "skills"),
        ("## Projects", "projects"),
        ("E X P E R I E N C E", "experience"),
        ("W O R K  E X P E R I E N C E", "experience"),  # misspelt, caught by the fuzzy match
        # not headings
        ("Software Engineer", None),
        ("Career and Technical", None),
        ("Education Skill Certificates in:", None),
        ("Managed the education of 40 interns.", None),
        ("My Project", None),
        ("SOFTWARE ENGINEER", None),
        ("Key Achievements & Responsibilities:", None),
        ("AMAZON WEB SERVICES", None),
        ("MICROSOFT RESEARCH", None),
        ("PEARSON EDUCATION", None),
        ("SIDE PROJECTS", "projects"),
        ("FORMAL EDUCATION", "education"),
        ("GLOBAL RESEARCH INC.", None),
        ("RESEARCHER", None),
        ("Projected", None),
        ("COMMUNITY SERVICE", "volunteering"),
    ],
)
def test_heading_kind(text: str, kind: str | None) -> None:
    assert heading_kind(text) == kind, text


def test_styled_lines_may_be_short_keyword_headings() -> None:
    assert heading_kind("Where I worked", styled=True) is None
    assert heading_kind("Work", styled=True) == "experience"


def test_header_section_and_kinds() -> None:
    layout = split_sections(
        doc(
            [
                "Casey Fern",
                "casey@example.com",
                "EXPERIENCE",
                "Engineer, Acme  2019 - 2020",
                "Education",
                "B.S. Physics",
            ]
        ).lines
    )
    assert [(s.kind, s.start, s.end) for s in layout.sections] == [
        ("header", 0, 2),
        ("experience", 3, 4),
        ("education", 5, 6),
    ]
    assert layout.sections[1].heading.text == "EXPERIENCE"
    assert layout.kinds[3] == "experience" and 2 in layout.headings


@pytest.mark.parametrize(
    "line",
    ["EDUCATION Lakeside University  May 2016", "EDUCATION | Lakeside University | May 2016"],
)
def test_inline_heading_keeps_its_content(line: str) -> None:
    layout = split_sections(doc(["Casey Fern", line]).lines)
    assert layout.sections[-1].kind == "education"
    assert layout.texts[1].startswith("Lakeside University")
    assert 1 not in layout.headings


def test_no_headings_is_all_header() -> None:
    layout = split_sections(doc(["Casey Fern", "Engineer at Acme 2019 - 2021"]).lines)
    assert [s.kind for s in layout.sections] == ["header"]


def test_letter_spaced_heading_in_a_document() -> None:
    layout = split_sections(doc(["Casey Fern", "W O R K   E X P E R I E N C E", "Engineer"]).lines)
    assert layout.kinds[2] == "experience"


def test_a_marked_column_resumes_its_own_section_on_the_next_page() -> None:
    from screener.models import Line

    rows = [
        (1, 0, "Casey Fern"),
        (1, 1, "EXPERIENCE"),
        (1, 1, "Clerk, Acme — 2020 – 2021"),
        (1, 2, "SKILLS"),
        (1, 2, "Typing"),
        (2, 1, "Clerk, Beta Corp — 2018 – 2019"),
        (2, 2, "Filing"),
        (2, 1, "EDUCATION"),
        (2, 1, "B.A. Music"),
    ]
    lines = [
        Line(text, page, n + 1, frozenset(), column) for n, (page, column, text) in enumerate(rows)
    ]
    layout = split_sections(lines)
    assert layout.kinds[5] == "experience"
    assert layout.kinds[6] == "skills"
    assert [s.kind for s in layout.sections] == [
        "header",
        "experience",
        "skills",
        "experience",
        "skills",
        "education",
    ]


def test_a_one_column_section_runs_on_across_pages() -> None:
    lines = [
        "Casey Fern",
        "EXPERIENCE",
        "Clerk, Acme — 2020 – 2021",
        "CERTIFICATIONS",
        "Cloud Practitioner 2021",
        "Solutions Architect – Associate 2022",
        "EDUCATION",
    ]
    layout = split_sections(doc(lines, page_size=5).lines)
    assert layout.kinds[5] == "certifications"


@pytest.mark.parametrize(
    ("heading", "mixed"),
    [
        ("Experience & Education", True),
        ("EDUCATION AND WORK HISTORY", True),
        ("Work Experience", False),
        ("Academic Appointments", False),  # jobs at a university, not degrees
    ],
)
def test_a_section_naming_both_kinds_is_mixed(heading: str, mixed: bool) -> None:
    layout = split_sections(
        doc(["Ada Moss", heading, "Tutor, Elm School  2019 – 2021", "SKILLS", "Python"]).lines
    )
    assert layout.kinds[2] == "experience"
    assert (2 in layout.mixed) is mixed and 4 not in layout.mixed
    assert names_education(heading) is mixed
