"""Degrees: every common spelling on the ladder, degree context for ambiguous abbreviations,
and completion judged against the as-of date."""

from __future__ import annotations

import pytest

from screener.extract import extract_facts
from screener.extract.degrees import degree_matches
from tests.extract_support import AS_OF, doc


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("B.S. in Computer Science", "bachelor"),
        ("BSc (Hons) Physics", "bachelor"),
        ("B.Sc. Mathematics", "bachelor"),
        ("B.Tech in Electrical Engineering", "bachelor"),
        ("B.E. Mechanical Engineering", "bachelor"),
        ("BEng Civil Engineering", "bachelor"),
        ("B.A. History", "bachelor"),
        ("BCA", "bachelor"),
        ("BBA Finance", "bachelor"),
        ("Bachelor's Degree in Design", "bachelor"),
        ("Bachelor of Arts in Music", "bachelor"),
        ("Undergraduate degree in Biology", "bachelor"),
        ("Licenciatura en Informática", "bachelor"),
        ("MS in Data Science", "master"),
        ("M.S. Computer Science", "master"),
        ("MSc Statistics", "master"),
        ("MEng in Software Engineering", "master"),
        ("M.Tech Computer Science", "master"),
        ("MCA", "master"),
        ("MBA, Lakeview Business School", "master"),
        ("MPhil in Economics", "master"),
        ("Master's in Public Policy", "master"),
        ("Master of Science in Chemistry", "master"),
        ("Diplom-Informatiker", "master"),
        ("PhD in Linguistics", "doctorate"),
        ("Ph.D. Physics", "doctorate"),
        ("DPhil Zoology", "doctorate"),
        ("Doctorate in Education", "doctorate"),
        ("Doctor of Philosophy, Chemistry", "doctorate"),
        ("Associate of Applied Science", "associate"),
        ("A.A. Liberal Arts", "associate"),
        ("A.S. Nursing", "associate"),
        ("Associate's in Liberal Arts", "associate"),
        ("Associated Degree in Electronics", "associate"),
        ("Dipl.-Ing. Elektrotechnik", "master"),
        ("Dipl.-Inf. Informatik", "master"),
        ("A.A.S. Network Administration", "associate"),
        ("AA Liberal Arts", "associate"),
        ("AAS in Radiography", "associate"),
        ("AS in Nursing", "associate"),
    ],
)
def test_degree_spellings(text: str, level: str) -> None:
    found = degree_matches(text, in_education=True)
    assert found and found[0][0] == level, text


@pytest.mark.parametrize(
    "text",
    [
        "Proficient in MS Office and MS Excel",
        "Boston, MA",
        "Flew BA to London",
        "Master thesis",
        "AWS Certified Developer – Associate",
        "Microsoft Azure Data Engineer Associate",
        "High School Diploma",
        "Scrum Master certification",
        "Undergraduate Research Assistant",
        "AA batteries",
        "Diploma in Web Design",
    ],
)
def test_not_degrees_outside_education(text: str) -> None:
    assert degree_matches(text, in_education=False) == [], text


def test_ambiguous_abbreviation_needs_context() -> None:
    assert degree_matches("BS Lakeside University", in_education=True)
    assert not degree_matches("BS Lakeside University", in_education=False)
    assert degree_matches("MS in Robotics, Lakeside University", in_education=False)


def facts(lines: list[str]):
    return extract_facts(doc(["Casey Fern", "casey@example.com", "EDUCATION", *lines]), AS_OF)


@pytest.mark.parametrize(
    ("lines", "highest", "completed"),
    [
        (["B.S. Computer Science, Lakeside University, 2015"], "bachelor", [True]),
        # studied, not earned, whatever the dates say
        (["Ph.D. in Geology (ABD), Lakeside University, 2012 – 2016"], "none", [False]),
        (
            ["M.A. History, Lakeside University, 2010", "(coursework completed, no degree)"],
            "none",
            [False],
        ),
        (["B.S. Biology, 2008 – 2010 (did not graduate)"], "none", [False]),
        (["B.S. Biology, Lakeside University, completed 2010"], "bachelor", [True]),
        (["M.S. Computer Science (Expected May 2027)"], "none", [False]),
        (["M.S. Computer Science, in progress"], "none", [False]),
        (["Pursuing PhD in Physics", "B.A. Physics 2012 - 2016"], "bachelor", [False, True]),
        (["PhD Candidate, Chemistry"], "none", [False]),
        (["M.Sc. Biology (ongoing)"], "none", [False]),
        (["Master of Science, Data Science   Sep 2025 – Present"], "none", [False]),
        (["Bachelor of Arts, Music   2024 – 2028"], "none", [False]),
        (
            ["Lakeside University   Aug 2014 – May 2018", "Bachelor of Science in Biology"],
            "bachelor",
            [True],
        ),
        (
            [
                "Bachelor of Engineering",
                "Hill Institute | 2010 - 2014",
                "Master of Engineering",
                "Hill Institute | 2015 - 2017",
            ],
            "master",
            [True, True],
        ),
        (["Degree, Institution, City, Grade", "Master thesis"], "none", []),
        (
            [
                "Ph.D. Physics, Hill",
                "Institute of Technology,",
                "expected 2027",
                "Master of Science in Physics,",
                "Lake Polytechnic,",
                "2010",
            ],
            "master",
            [False, True],
        ),
    ],
)
def test_completion_and_highest(lines: list[str], highest: str, completed: list[bool]) -> None:
    result = facts(lines)
    assert result.highest_degree == highest
    assert [d.completed for d in result.education] == completed


def test_degree_fields_institution_year_and_evidence() -> None:
    result = facts(["M.S. in Computer Science, Lakeside University, 2015"])
    (degree,) = result.education
    assert (degree.level, degree.field, degree.institution, degree.year) == (
        "master",
        "Computer Science",
        "Lakeside University",
        2015,
    )
    assert degree.evidence.text == "M.S. in Computer Science, Lakeside University, 2015"
    assert degree.evidence.line == 4


def test_field_after_the_kind_of_degree() -> None:
    (degree,) = facts(["Bachelor of Science in Informatics, 2014"]).education
    assert degree.field == "Informatics"
    (degree,) = facts(["Bachelor of Computer Science, 2014"]).education
    assert degree.field == "Computer Science"
    (degree,) = facts(["Bachelor of Science - BS, Computer Science · (2015 - 2019)"]).education
    assert degree.field == "Computer Science"


@pytest.mark.parametrize(
    ("line", "degree", "field", "institution"),
    [
        (
            "Master of Science (M.S.) – Data Analytics, Hill University  2019 – 2021",
            "Master of Science",
            "Data Analytics",
            "Hill University",
        ),
        ("PhD Lakeside University, Physics  2015 – 2020", "PhD", "Physics", "Lakeside University"),
        (
            "BSc (Hons) Biology (2:1): University of Westshire",
            "BSc",
            "Biology",
            "University of Westshire",
        ),
        (
            "Bachelor of Computer Science with Distinction · GPA 3.8",
            "Bachelor of Computer Science",
            "Computer Science",
            None,
        ),
        (
            "Bachelor of Technology (B.Tech) /(Electronics Engineering)",
            "Bachelor of Technology",
            "Electronics Engineering",
            None,
        ),
        ("Business Analytics (BS) (In Progress)", "BS", "Business Analytics", None),
    ],
)
def test_degree_name_field_and_institution(line, degree, field, institution) -> None:
    (found,) = facts([line]).education
    assert (found.degree, found.field, found.institution) == (degree, field, institution)


def test_the_same_degree_twice_is_listed_once() -> None:
    assert (
        len(
            facts(
                ["B.S. Physics, Hill University, 2014", "B.S. Physics, Hill University, 2014"]
            ).education
        )
        == 1
    )


def test_degree_outside_an_education_section_needs_unmistakable_words() -> None:
    lines = ["Casey Fern", "QUALIFICATIONS", "BSc (Hons) Computer Science: Hill University"]
    assert extract_facts(doc(lines), AS_OF).highest_degree == "bachelor"
    lines = ["Casey Fern", "SKILLS", "MS Office, MS Teams"]
    assert extract_facts(doc(lines), AS_OF).highest_degree == "none"


@pytest.mark.parametrize("text", ["AS 400 operator", "Rated AS excellent", "AS of 2020"])
def test_as_is_a_degree_only_as_as_in_a_field(text: str) -> None:
    assert degree_matches(text, in_education=True) == [], text
