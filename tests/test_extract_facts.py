"""extract_facts end to end: résumés made in code as PDF and DOCX, read, then understood."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.extract import extract_facts
from screener.readers import read_document
from tests.extract_support import AS_OF, doc
from tests.support import make_docx, make_pdf

LINES = [
    "RILEY MARSH",
    "riley.marsh@example.com | +1 415 555 0199 | Oakland, CA | github.com/rileymarsh",
    "SUMMARY",
    "Platform engineer with 9+ years of experience.",
    "WORK HISTORY",
    "Staff Platform Engineer, Juniper Freight Inc. - Apr 2021 - Present",
    "- Ran Kubernetes clusters for 60 services.",
    "Backend Engineer, Larkspur Health - Sep 2016 - Mar 2021",
    "- Built billing services in Go.",
    "Software Engineering Intern, Larkspur Health - Jun 2015 - Aug 2015",
    "EDUCATION",
    "B.S. in Computer Science, Westbrook University, 2016",
    "M.S. in Computer Science (expected 2027)",
    "SKILLS",
    "Go, Python, Kubernetes",
]


@pytest.mark.parametrize("maker", [make_pdf, make_docx], ids=["pdf", "docx"])
def test_facts_from_a_real_file(tmp_path: Path, maker) -> None:
    path = maker(tmp_path / ("resume.pdf" if maker is make_pdf else "resume.docx"), LINES)
    facts = extract_facts(read_document(path), AS_OF)
    assert facts.contact.name == "Riley Marsh"
    assert facts.contact.email == "riley.marsh@example.com"
    assert facts.highest_degree == "bachelor"
    assert [(r.title, r.organization, r.start, r.end, r.counts) for r in facts.roles] == [
        ("Staff Platform Engineer", "Juniper Freight Inc.", "2021-04", None, True),
        ("Backend Engineer", "Larkspur Health", "2016-09", "2021-03", True),
        ("Software Engineering Intern", "Larkspur Health", "2015-06", "2015-08", False),
    ]
    # Sep 2016 .. Nov 2026 is 123 months; Apr 2021 .. Nov 2026 is 68.
    assert facts.experience_years == round(123 / 12, 1)
    assert facts.senior_years == round(68 / 12, 1)
    assert facts.senior_titles == ("Staff Platform Engineer",)
    assert facts.stated_years == 9.0 and not facts.warnings
    assert [s.kind for s in facts.sections] == [
        "header",
        "summary",
        "experience",
        "education",
        "skills",
    ]
    role = facts.roles[0]
    assert role.evidence.text.startswith("Staff Platform Engineer") and role.evidence.page == 1
    assert role.bullets and "Kubernetes" in role.bullets[0].text


def test_as_of_moves_present(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "resume.docx", LINES)
    document = read_document(path)
    import datetime

    earlier = extract_facts(document, datetime.date(2025, 11, 1))
    later = extract_facts(document, AS_OF)
    assert later.experience_years - earlier.experience_years == pytest.approx(1.0, abs=0.1)


def test_empty_document_gives_empty_facts() -> None:
    facts = extract_facts(doc(["   "]), AS_OF)
    assert facts.contact.name is None and facts.roles == () and facts.highest_degree == "none"
    assert facts.experience_years == 0.0


_WORDS = [
    "Engineer",
    "Senior",
    "Intern",
    "Acme Inc.",
    "EXPERIENCE",
    "Education",
    "B.S.",
    "MS",
    "PhD",
    "Present",
    "–",
    "-",
    "|",
    "•",
    "2019",
    "2021",
    "Mar",
    "May",
    "Summer",
    "'19",
    "09/2020",
    "Boston, MA",
    "jane@example.com",
    "+1 212 555 0100",
    "Projects",
    "Volunteer",
    "Research",
    "expected",
    "in",
    "of",
    "Computer Science",
    "Lead",
    "University",
    "(",
    ")",
    ",",
    "Since",
    "(10 years)",
    "()",
    "—",
    "E X P",
    "Bachelor of",
    "Master",
    "at",
    ":",
    "01/02/2019",
    "..",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.lists(st.sampled_from(_WORDS), min_size=0, max_size=9).map(" ".join),
            st.lists(st.sampled_from(_WORDS), min_size=0, max_size=3).map("".join),
            st.text(max_size=40),
        ),
        max_size=30,
    )
)
def test_any_document_gives_consistent_facts(lines: list[str]) -> None:
    document = doc(lines or [""])
    facts = extract_facts(document, AS_OF)
    assert 0.0 <= facts.senior_years <= facts.experience_years
    assert facts.highest_degree in ("none", "associate", "bachelor", "master", "doctorate")
    texts = {line.text for line in document.lines}
    for role in facts.roles:
        assert role.start <= (role.end or "2026-11") and role.months >= 1
        assert role.counts is (role.excluded_because is None)
        assert role.evidence.text in texts
    for degree in facts.education:
        assert degree.evidence.text in texts
