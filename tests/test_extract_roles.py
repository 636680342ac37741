"""Roles: common résumé layouts, what does not count and why, seniority, and years."""

from __future__ import annotations

import pytest

from screener.extract import extract_facts
from tests.extract_support import AS_OF, doc


def roles(*lines: str | tuple[str, set[str]], education: tuple[str, ...] = ()):
    head = ["Casey Fern", "casey@example.com"]
    edu = ["EDUCATION", *education] if education else []
    return extract_facts(doc([*head, *edu, "EXPERIENCE", *lines]), AS_OF).roles


def brief(role) -> tuple:
    return (role.title, role.organization, role.start, role.end)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Title, Org — dates on one line
        (
            ["Backend Engineer, Northwind Data — Mar 2019 – Present", "• Built services"],
            [("Backend Engineer", "Northwind Data", "2019-03", None)],
        ),
        # pipes
        (
            ["Staff Engineer | Bluefin Inc. | 01/2018 – 02/2021"],
            [("Staff Engineer", "Bluefin Inc.", "2018-01", "2021-02")],
        ),
        # title line, org line, date line
        (
            ["Data Analyst", "Harbor Analytics", "June 2015 - May 2017", "• Cleaned data"],
            [("Data Analyst", "Harbor Analytics", "2015-06", "2017-05")],
        ),
        # org on one line, title and right-aligned dates on the next
        (
            [
                "Quarry Labs   Denver, CO",
                "Site Reliability Engineer   Sep. 2020 - Dec. 2022",
                "• Ran on-call",
            ],
            [("Site Reliability Engineer", "Quarry Labs", "2020-09", "2022-12")],
        ),
        # title and dates, then the org on the next line
        (
            [
                "Support Specialist   Feb 2012 – Jan 2014",
                "Maple Systems   Austin, TX",
                "• Fixed printers",
            ],
            [("Support Specialist", "Maple Systems", "2012-02", "2014-01")],
        ),
        # dates in a left column
        (
            ["2016 – 2018   Platform Engineer, Tidewater Co.", "• Kept it running"],
            [("Platform Engineer", "Tidewater Co.", "2016-01", "2018-12")],
        ),
        # "Org: Title" then a date line
        (
            ["Cobalt Group: Senior Developer", "Oct 2021 – Present", "• Wrote code"],
            [("Senior Developer", "Cobalt Group", "2021-10", None)],
        ),
        # labelled lines
        (
            [
                "Client: Ferris Bank, Chicago, IL",
                "Role: Lead Data Engineer",
                "Duration: Jan 2020 – Present",
            ],
            [("Lead Data Engineer", "Ferris Bank", "2020-01", None)],
        ),
        # two titles under one employer
        (
            [
                "ACME CORP — Seattle, WA",
                "Senior Engineer (2018 – 2021)",
                "• Led",
                "Engineer (2015 – 2018)",
            ],
            [
                ("Senior Engineer", "ACME CORP", "2018-01", "2021-12"),
                ("Engineer", "ACME CORP", "2015-01", "2018-12"),
            ],
        ),
        # a date column: each date, then place, title and employer below it
        (
            [
                "2021 to present",
                "Boston, MA",
                "Engineering Manager",
                "Larch Games Inc.",
                "• Led the team",
                "2017 to 2020",
                "Remote",
                "Backend Engineer",
                "Copper Media",
                "• Wrote services",
            ],
            [
                ("Engineering Manager", "Larch Games Inc.", "2021-01", None),
                ("Backend Engineer", "Copper Media", "2017-01", "2020-12"),
            ],
        ),
        # labelled lines with "Company Name:", "Designation:" and "From: … To: …"
        (
            [
                "Company Name: Orbit Softech Pvt. Ltd.",
                "Designation: Software Engineer",
                "From: Jun 2019 To: Till Date",
            ],
            [("Software Engineer", "Orbit Softech Pvt. Ltd.", "2019-06", None)],
        ),
        # the title styled as a list item above a plain date line
        (
            ["• Software Engineer, Orbit Labs", "2019 – 2021", "• Built the billing service in Go"],
            [("Software Engineer", "Orbit Labs", "2019-01", "2021-12")],
        ),
        # "Company — Title" then the dates; a short sentence ends the entry before
        (
            [
                "Initech — QA Analyst",
                "Jan 2010 to Dec 2012",
                "Did testing.",
                "Hooli — QA Lead",
                "Feb 2013 to present",
            ],
            [
                ("QA Analyst", "Initech", "2010-01", "2012-12"),
                ("QA Lead", "Hooli", "2013-02", None),
            ],
        ),
        # date line after the bullets (two-column template read in order)
        (
            [
                "Nimbus AI, Co-Founder & CTO",
                "• Raised a seed round",
                "• Hired the first ten people",
                "Oakland, CA",
                "June 2023 – present",
                "3 years 5 months",
            ],
            [("Co-Founder & CTO", "Nimbus AI", "2023-06", None)],
        ),
        # a range split over two lines
        (
            ["Orchid Ltd - Finance - Accountant June 2019 – July", "2020", "• Closed the books"],
            [("Accountant", "Orchid Ltd", "2019-06", "2020-07")],
        ),
        # a bold employer line right under a bullet without a full stop is not its tail
        (
            [
                ("Heron Data", {"bold"}),
                "Data Engineer",
                "May 2019 to present",
                "• Spark jobs on AWS: EMR, Glue",
                ("Kestrel Bank", {"bold"}),
                "Junior Analyst",
                "June 2016 to April 2019",
            ],
            [
                ("Data Engineer", "Heron Data", "2019-05", None),
                ("Junior Analyst", "Kestrel Bank", "2016-06", "2019-04"),
            ],
        ),
        # a date column whose ranges break after the dash; the entry follows the dates
        (
            [
                "Oct. 2019 –",
                "Present",
                "Support Lead",
                "Pelican Freight, Leeds",
                "• Ran the help desk",
                "Sept. 2016 –",
                "Sept. 2019",
                "Support Analyst",
                "Pelican Freight, Leeds",
                "• Answered tickets",
                "04/2014 –",
                "08/2016",
                "Night Clerk",
                "Gull Hotels",
            ],
            [
                ("Support Lead", "Pelican Freight", "2019-10", None),
                ("Support Analyst", "Pelican Freight", "2016-09", "2019-09"),
                ("Night Clerk", "Gull Hotels", "2014-04", "2016-08"),
            ],
        ),
        # apostrophe years broken the same way
        (
            ["Support Analyst, Pelican Freight   Mar ’16 –", "Jun ’19", "• Answered tickets"],
            [("Support Analyst", "Pelican Freight", "2016-03", "2019-06")],
        ),
        # the same with the title first
        (
            ["Support Analyst, Pelican Freight   Mar 2016 –", "June 2019", "• Answered tickets"],
            [("Support Analyst", "Pelican Freight", "2016-03", "2019-06")],
        ),
        # "June - August 2017": the year shown once applies to both ends
        (
            ["Sales Associate   June - August 2017", "Corner Shop | Austin, TX"],
            [("Sales Associate", "Corner Shop", "2017-06", "2017-08")],
        ),
    ],
)
def test_layouts(lines: list[str], expected: list[tuple]) -> None:
    assert [brief(r) for r in roles(*lines)] == expected


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Software Engineering Intern, Acme — Jun 2019 – Aug 2019", "internship"),
        ("Co-op Engineer, Acme — Jan 2019 – Apr 2019", "internship"),
        ("Engineer Trainee, Acme — Jan 2019 – Apr 2019", "internship"),
        ("Trainee, Acme — Jan 2019 – Apr 2019", "internship"),
        # salaried trainee posts after the degree count
        ("Graduate Trainee, Harbour Insurance — Sep 2019 – Dec 2020", None),
        ("Management Trainee, Fenwick Retail — Sep 2019 – Dec 2020", None),
        ("Graduate Engineer Trainee, Deccan Power Ltd — Jul 2019 – Jun 2020", None),
        ("Graduate Trainee Intern, Harbour Insurance — Jun 2019 – Aug 2019", "internship"),
        ("Teaching Assistant, Hill University — Sep 2019 – Apr 2020", "student"),
        ("Undergraduate Research Assistant, Hill University — 2019 – 2020", "student"),
        ("Volunteer Tutor, Reading Club — 2019 – 2020", "volunteer"),
        ("Open Source Contributor, Kite Project — 2019 – 2020", "volunteer"),
        ("Career Break — 2019 – 2020", "break"),
        ("Sabbatical (travel and study) — 2019 – 2020", "break"),
        ("Backend Engineer, Acme — 2019 – 2020", None),
        # a job said in words to be held during a degree
        ("Barista (part-time, while studying), Bean There Cafe — 2014 – 2016", "student"),
        ("Shop Assistant, Corner Books (student job) — 2012 – 2013", "student"),
        ("Warehouse Operative during my degree, Fulfil Co — 2010 – 2011", "student"),
        ("Call Centre Agent while at university, Dialtone Ltd — 2010 – 2011", "student"),
        ("Library Clerk alongside my studies, Town Library — 2010 – 2011", "student"),
        ("Software Engineer (Contract, Remote), Acme Corp — 2019 – 2021", None),
    ],
)
def test_what_does_not_count(line: str, why: str | None) -> None:
    (role,) = roles(line)
    assert role.excluded_because == why and role.counts is (why is None)


def test_sections_decide_for_projects_volunteering_and_education() -> None:
    lines = [
        "Casey Fern",
        "EXPERIENCE",
        "Engineer, Acme — 2018 – 2020",
        "PROJECTS",
        "Route Planner — Jan 2021 – Mar 2021",
        "VOLUNTEERING",
        "Coordinator, Food Bank — 2017 – 2019",
        "EDUCATION",
        "B.S. Physics, Hill University — 2012 – 2016",
    ]
    found = {r.title: r.excluded_because for r in extract_facts(doc(lines), AS_OF).roles}
    assert found == {"Engineer": None, "Route Planner": "project", "Coordinator": "volunteer"}


def test_research_during_a_degree_is_student_work() -> None:
    lines = [
        "Casey Fern",
        "EDUCATION",
        "PhD in Chemistry, Hill University  2015 – 2020",
        "RESEARCH EXPERIENCE",
        "Researcher, Hill University Catalysis Lab  2016 – 2019",
        "EXPERIENCE",
        "Scientist, Acme Chemicals  2020 – 2023",
    ]
    facts = extract_facts(doc(lines), AS_OF)
    assert [(r.title, r.excluded_because) for r in facts.roles] == [
        ("Researcher", "student"),
        ("Scientist", None),
    ]
    assert facts.experience_years == 4.0


def test_a_postdoc_after_the_degree_counts() -> None:
    lines = [
        "Casey Fern",
        "EDUCATION",
        "PhD in Chemistry, Hill University  2015 – 2020",
        "ACADEMIC APPOINTMENTS",
        "Postdoctoral Research Fellow, Hill University  2020 – 2023",
        "Research Fellow, Lake Institute  2023 – Present",
    ]
    facts = extract_facts(doc(lines), AS_OF)
    assert [(r.title, r.counts) for r in facts.roles] == [
        ("Postdoctoral Research Fellow", True),
        ("Research Fellow", True),
    ]


def test_research_described_as_towards_a_degree_is_student_work() -> None:
    found = roles(
        "Research Fellow, Hill University  2018 – 2019",
        "Started research for a doctorate degree in data mining.",
    )
    assert found[0].excluded_because == "student"


def test_a_job_during_a_degree_still_counts_when_not_academic() -> None:
    lines = [
        "Casey Fern",
        "EDUCATION",
        "B.S. Business (In Progress)  2021 – 2025",
        "EXPERIENCE",
        "Sales Representative, Moxie Pest — Jan 2022 – Dec 2022",
    ]
    facts = extract_facts(doc(lines), AS_OF)
    assert facts.roles[0].counts and facts.experience_years == 1.0


@pytest.mark.parametrize(
    ("title", "senior"),
    [
        ("Senior Software Engineer", True),
        ("Sr. Developer", True),
        ("Staff Engineer", True),
        ("Principal Consultant", True),
        ("Tech Lead", True),
        ("Solutions Architect", True),
        ("Head of Data", True),
        ("Engineering Manager", True),
        ("Director of Product", True),
        ("VP Engineering", True),
        ("Chief Data Officer", True),
        ("Co-Founder & CTO", True),
        ("Team Supervisor", False),
        ("Software Engineer", False),
        ("Leadership Coach", False),
        ("Assistant to the Director", False),
        ("Assistant Manager", True),  # "manager" as a word, by the convention
    ],
)
def test_seniority_from_the_title(title: str, senior: bool) -> None:
    (role,) = roles(f"{title}, Acme Corp — 2019 – 2020")
    assert role.senior is senior, title


def test_years_union_overlaps_once_and_present_is_as_of() -> None:
    facts = extract_facts(
        doc(
            [
                "Casey Fern",
                "EXPERIENCE",
                "Senior Engineer, Acme — Jan 2020 – Present",
                "Engineer, Beta Corp — Jan 2018 – Jun 2020",
                "Consultant, Gamma LLC — Mar 2019 – Mar 2019",
                "Engineering Intern, Delta — Jun 2017 – Aug 2017",
            ]
        ),
        AS_OF,
    )
    # Jan 2018 .. Nov 2026 inclusive is 107 months; the internship does not count.
    assert facts.experience_years == round(107 / 12, 1)
    assert facts.senior_years == round(83 / 12, 1)
    assert facts.senior_titles == ("Senior Engineer",)


def test_duplicate_entries_count_once_and_bullets_are_kept() -> None:
    found = roles(
        "Engineer, Acme — 2019 – 2020",
        "• Built a thing",
        "• Fixed a thing",
        "Engineer, Acme — 2019 – 2020",
    )
    assert len(found) == 1
    assert [b.text for b in found[0].bullets] == ["• Built a thing", "• Fixed a thing"]
    assert found[0].evidence.text == "Engineer, Acme — 2019 – 2020"


def test_no_headings_dated_lines_still_become_roles() -> None:
    facts = extract_facts(
        doc(
            ["Casey Fern", "casey@example.com", "Analyst, Acme Corp — 2015 – 2019", "Did analysis."]
        ),
        AS_OF,
    )
    assert [brief(r) for r in facts.roles] == [("Analyst", "Acme Corp", "2015-01", "2019-12")]
    assert facts.experience_years == 5.0


def test_a_degree_line_is_never_a_role() -> None:
    facts = extract_facts(
        doc(
            ["Casey Fern", "Analyst at Delta Bank, 2014–2017", "B.A. Economics, Hill College, 2013"]
        ),
        AS_OF,
    )
    assert [r.title for r in facts.roles] == ["Analyst"]
    assert facts.highest_degree == "bachelor"


def test_europass_day_month_year_dates() -> None:
    found = roles(
        "01/03/2015 – 31/12/2018 Software developer",
        "Acme GmbH, Berlin (Germany)",
        "01/01/2019 – Present Senior developer",
        "Beta AG, Munich (Germany)",
    )
    assert [brief(r) for r in found] == [
        ("Software developer", "Acme GmbH", "2015-03", "2018-12"),
        ("Senior developer", "Beta AG", "2019-01", None),
    ]


def test_dates_inside_sentences_are_not_roles() -> None:
    found = roles(
        "Engineer, Acme — 2019 – 2020",
        "• Presented the design at Summit 2019 and again in 2020 to 300 people",
        "Ensured compliance with audits in 2018 and 2019.",
    )
    assert len(found) == 1


def test_stated_years_and_warning() -> None:
    facts = extract_facts(
        doc(
            [
                "Casey Fern",
                "SUMMARY",
                "Engineer with 15+ years of experience.",
                "EXPERIENCE",
                "Engineer, Acme — 2020 – 2022",
            ]
        ),
        AS_OF,
    )
    assert facts.stated_years == 15.0 and facts.stated_evidence.line == 3
    assert facts.experience_years == 3.0 and facts.warnings


def test_profile_export_layout() -> None:
    # Employer, its total tenure, then each title with dates, duration and place.
    lines = [
        "Contact",
        "jane.roe@example.com",
        "Top Skills",
        "Python",
        "Jane Roe",
        "Senior Software Engineer at Bluefin",
        "Experience",
        "Bluefin",
        "3 years 2 months",
        "Senior Software Engineer",
        "January 2022 - Present (4 years 11 months)",
        "Denver, Colorado, United States",
        "Software Engineer",
        "September 2019 - December 2021 (2 years 4 months)",
        "Page 1 of 2",
    ]
    facts = extract_facts(doc(lines), AS_OF)
    assert facts.contact.name == "Jane Roe"
    assert [brief(r) for r in facts.roles] == [
        ("Senior Software Engineer", "Bluefin", "2022-01", None),
        ("Software Engineer", None, "2019-09", "2021-12"),
    ]
    assert facts.experience_years == round(87 / 12, 1)


def test_an_undated_experience_section_is_flagged() -> None:
    facts = extract_facts(
        doc(["Casey Fern", "EXPERIENCE", "Job title, Employer, City", "year–year Description"]),
        AS_OF,
    )
    assert facts.roles == () and facts.experience_years == 0.0
    assert any("no dated roles" in w for w in facts.warnings)


def test_page_furniture_is_not_a_header() -> None:
    lines = [
        "Casey Fern",
        "EXPERIENCE",
        "Acme Corp",
        "Engineer  2019 – 2020",
        "• Built things",
        "Casey Fern – Page 2",
        "Beta LLC",
        "Analyst  2016 – 2018",
        "Page 2 of 2",
    ]
    found = extract_facts(doc(lines, page_size=5), AS_OF).roles
    assert [brief(r) for r in found] == [
        ("Engineer", "Acme Corp", "2019-01", "2020-12"),
        ("Analyst", "Beta LLC", "2016-01", "2018-12"),
    ]


def _facts(*lines: str):
    return extract_facts(doc(["Casey Fern", "casey@example.com", *lines]), AS_OF)


@pytest.mark.parametrize(
    "heading", ["Experience & Education", "Education and Experience", "WORK EXPERIENCE & EDUCATION"]
)
def test_a_combined_section_gives_roles_and_degrees(heading: str) -> None:
    facts = _facts(
        heading,
        "Pinecone Analytics (Leeds)",
        "Data Engineer",
        "May 2019 to present",
        "• Built the Airflow pipelines.",
        "Marrow Bank",
        "Junior Analyst",
        "June 2016 to April 2019",
        "University of Eastmoor",
        "MS Applied Statistics",
        "September 2014 to June 2016",
    )
    assert [brief(r) for r in facts.roles] == [
        ("Data Engineer", "Pinecone Analytics (Leeds)", "2019-05", None),
        ("Junior Analyst", "Marrow Bank", "2016-06", "2019-04"),
    ]
    assert [(d.level, d.year, d.completed) for d in facts.education] == [("master", 2016, True)]


@pytest.mark.parametrize(
    ("lines", "titles", "degrees"),
    [
        # a degree with its dates below, under a plain Experience heading
        (
            [
                "Platform Engineer, Cobble Systems   2016 – 2020",
                "M.S. Computer Science, Hill University",
                "2013 – 2015",
                "EDUCATION",
                "B.S. Mathematics, Hill University, 2012",
            ],
            ["Platform Engineer"],
            [("master", 2015), ("bachelor", 2012)],
        ),
        # school first, then the degree, then the dates
        (
            [
                "Hill University",
                "Bachelor of Arts in Economics",
                "Sep 2008 – Jun 2012",
                "Analyst, Fenwick Partners   Jul 2012 – Present",
            ],
            ["Analyst"],
            [("bachelor", 2012)],
        ),
        # a date column: the dates first, the degree below
        (
            [
                "2019 – 2022",
                "Support Engineer",
                "Larch Games",
                "2015 – 2019",
                "M.Sc. Physics, Hill University",
            ],
            ["Support Engineer"],
            [("master", 2019)],
        ),
        # the school's line carries the dates, the degree stands below it
        (
            [
                "Analyst, Fenwick Partners   2012 – 2016",
                "• Built models.",
                "Hill University   2008 – 2012",
                "B.S. Computer Science",
            ],
            ["Analyst"],
            [("bachelor", 2012)],
        ),
        # an employer's line above a degree is still a job (its title unknown)
        (
            [
                "Fenwick Partners   2012 – 2016",
                "MBA, Hill University, 2015",
            ],
            ["Fenwick Partners"],
            [("master", 2015)],
        ),
        # ...but a job below a school's line is a job there
        (
            [
                "Analyst, Fenwick Partners   2012 – 2016",
                "• Built models.",
                "Hill University   2008 – 2012",
                "Research Assistant",
            ],
            ["Analyst", "Research Assistant"],
            [],
        ),
        # a degree above a role does not take the role's dates, nor the role its title
        (
            [
                "M.Sc. Physics, Hill University, 2015",
                "Support Engineer",
                "Larch Games",
                "2016 – 2019",
            ],
            ["Support Engineer"],
            [("master", 2015)],
        ),
        # jobs that mention a degree are still jobs
        (
            [
                "PhD Student Researcher",
                "Hill University",
                "2009 – 2013",
                "• Modelled tides.",
                "MBA Intern, Copper Bank   Jun 2014 – Aug 2014",
                "• Priced bonds.",
                "Research Assistant (during M.Sc.), Hill University   2008",
            ],
            ["PhD Student Researcher", "MBA Intern", "Research Assistant (during M.Sc.)"],
            [],
        ),
    ],
)
def test_a_degree_among_the_jobs_is_education(lines, titles, degrees) -> None:
    facts = _facts("EXPERIENCE", *lines)
    assert [r.title for r in facts.roles] == titles
    assert sorted((d.level, d.year) for d in facts.education) == sorted(degrees)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # two dated titles on one line, under the employer's line carrying the whole tenure
        (
            [
                "Gannet Freight – Porto   2014 – now",
                "Lead Developer (2020 – now); Developer (2014 – 2019)",
                "• Routing service in Kotlin.",
            ],
            [
                ("Lead Developer", "Gannet Freight", "2020-01", None),
                ("Developer", "Gannet Freight", "2014-01", "2019-12"),
            ],
        ),
        # the same with pipes, and the employer above with its dates
        (
            [
                "Gannet Freight, Porto   Mar 2014 – Jun 2022",
                "Lead Developer Jan 2020 – Jun 2022 | Developer Mar 2014 – Dec 2019",
            ],
            [
                ("Lead Developer", "Gannet Freight", "2020-01", "2022-06"),
                ("Developer", "Gannet Freight", "2014-03", "2019-12"),
            ],
        ),
        # an employer line with its tenure, then one role per line
        (
            [
                "Gannet Freight   2014 – 2022",
                "Lead Developer   2020 – 2022",
                "• Led six.",
                "Developer   2014 – 2019",
            ],
            [
                ("Lead Developer", "Gannet Freight", "2020-01", "2022-12"),
                ("Developer", "Gannet Freight", "2014-01", "2019-12"),
            ],
        ),
        # each part with its own title and employer
        (
            ["Lead Developer | Gannet Freight | 2020 – 2022; Developer | Tern Labs | 2016 – 2019"],
            [
                ("Lead Developer", "Gannet Freight", "2020-01", "2022-12"),
                ("Developer", "Tern Labs", "2016-01", "2019-12"),
            ],
        ),
        # one title with two ranges keeps its title for both
        (
            ["Developer, Gannet Freight   2012 – 2015; 2018 – 2020"],
            [
                ("Developer", "Gannet Freight", "2012-01", "2015-12"),
                ("Developer", "Gannet Freight", "2018-01", "2020-12"),
            ],
        ),
        # a job with a part-time job inside its range is still a job
        (
            [
                "Freelance Developer   2014 – now",
                "Weekend Tutor, Owl School   2016 – 2018",
            ],
            [
                ("Freelance Developer", None, "2014-01", None),
                ("Weekend Tutor", "Owl School", "2016-01", "2018-12"),
            ],
        ),
        # an employer-like line whose next role starts before it is a role of its own
        (
            ["Gannet Freight   2016 – 2022", "Developer, Tern Labs   2014 – 2019"],
            [
                ("Gannet Freight", None, "2016-01", "2022-12"),
                ("Developer", "Tern Labs", "2014-01", "2019-12"),
            ],
        ),
    ],
)
def test_employer_lines_and_several_titles_on_one_line(lines, expected) -> None:
    assert [brief(r) for r in roles(*lines)] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a table's header row is not an employer
        (
            ["Position | Company | Period", "Backend Engineer | Northwind | 2019 – 2021"],
            [("Backend Engineer", "Northwind", "2019-01", "2021-12")],
        ),
        (
            ["Dates   Employer   Title", "2016 – 2019   Acme   Support Engineer"],
            [("Support Engineer", "Acme", "2016-01", "2019-12")],
        ),
        # a range inside a sentence about the work is not a role
        (
            [
                "Platform Engineer, Northwind   2019 – 2023",
                "Led the 2021–2022 migration of billing to Kafka",
                "Migrated 2020 – 2021 invoices to the new ledger",
            ],
            [("Platform Engineer", "Northwind", "2019-01", "2023-12")],
        ),
        # a title that opens with an -ed word keeps its dates
        (
            ["Managed Services Engineer, Acme   2016 – 2019"],
            [("Managed Services Engineer", "Acme", "2016-01", "2019-12")],
        ),
    ],
)
def test_table_headers_and_sentences_are_not_roles(lines, expected) -> None:
    assert [brief(r) for r in roles(*lines)] == expected


@pytest.mark.parametrize(
    ("heading", "why"),
    [
        ("Work Experience & Projects", None),
        ("Experience and Volunteering", None),
        ("Employment & Training", None),
        ("Volunteer Experience", "volunteer"),
        ("Project Experience", "project"),
    ],
)
def test_jobs_count_under_a_heading_that_joins_experience_to_another_kind(heading, why) -> None:
    (role,) = _facts(heading, "Backend Engineer, Acme — 2018 – 2021").roles
    assert role.excluded_because == why


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Company: Nimbus InfoSolutions | Designation: Technical Lead | "
            "Duration: Apr'16 – Present",
            ("Technical Lead", "Nimbus InfoSolutions", None),
        ),
        (
            "Designation: Technical Lead | Company: Nimbus Systems | "
            "Duration: Apr 2016 – Present",
            ("Technical Lead", "Nimbus Systems", None),
        ),
        (
            "Employer: Birch Analytics | Job Title: Data Analyst | Period: 2008 – 2011",
            ("Data Analyst", "Birch Analytics", None),
        ),
        (
            "Client: Harbor Bank | Role: QA Engineer | Location: Pune | Dates: 2014 – 2016",
            ("QA Engineer", "Harbor Bank", "Pune"),
        ),
        (
            "Position: Support Engineer | Organisation: Fenwick Trust | 2010 – 2012",
            ("Support Engineer", "Fenwick Trust", None),
        ),
    ],
)
def test_labelled_fields_on_one_line_in_any_order(line: str, expected: tuple) -> None:
    (role,) = roles(line)
    assert (role.title, role.organization, role.location) == expected


_EUROPASS_LINES = [
    "Dates",
    "01/04/2017 – Present",
    "Occupation or position held",
    "Lead Data Engineer",
    "Main activities and responsibilities",
    "Batch pipelines in Python; mentoring two analysts",
    "Name and address of employer",
    "Verdant Mobility S.A., Lyon",
    "Type of business or sector",
    "Transport software",
    "Dates",
    "01/06/2012 – 31/03/2017",
    "Name of employer",
    "Ostrava Metrics s.r.o., Brno",
    "Position held",
    "Data Analyst",
    "Dates",
    "01/02/2011 – 31/05/2011",
    "Occupation or position held",
    "Intern",
    "Name and address of employer",
    "Ostrava Metrics s.r.o., Brno",
]
_EUROPASS_TABLE = [
    ("Dates | 01/04/2017 – Present", {"table"}),
    ("Occupation or position held | Lead Data Engineer", {"table"}),
    ("Main activities and responsibilities | Batch pipelines in Python", {"table"}),
    ("Name and address of employer | Verdant Mobility S.A., Lyon", {"table"}),
    ("Dates | 01/06/2012 – 31/03/2017", {"table"}),
    ("Employer | Ostrava Metrics s.r.o., Brno", {"table"}),
    ("Job title | Data Analyst", {"table"}),
    ("Dates | 01/02/2011 – 31/05/2011", {"table"}),
    ("Occupation or position held | Intern", {"table"}),
    ("Name and address of employer | Ostrava Metrics s.r.o., Brno", {"table"}),
]


@pytest.mark.parametrize("lines", [_EUROPASS_LINES, _EUROPASS_TABLE])
def test_europass_field_labels_are_neither_titles_nor_employers(lines) -> None:
    found = roles(*lines)
    assert [(*brief(r), r.counts) for r in found] == [
        ("Lead Data Engineer", "Verdant Mobility S.A., Lyon", "2017-04", None, True),
        ("Data Analyst", "Ostrava Metrics s.r.o., Brno", "2012-06", "2017-03", True),
        ("Intern", "Ostrava Metrics s.r.o., Brno", "2011-02", "2011-05", False),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Software Engineer (Contract, Remote), Acme Corp — 2019 – 2021",
            ("Software Engineer (Contract, Remote)", "Acme Corp"),
        ),
        (
            "Data Analyst (Fixed-term, Hybrid), Birch Analytics — 2016 – 2017",
            ("Data Analyst (Fixed-term, Hybrid)", "Birch Analytics"),
        ),
        (
            "Support Engineer, Pelican Freight, Inc. — 2014 – 2015",
            ("Support Engineer", "Pelican Freight, Inc."),
        ),
    ],
)
def test_commas_inside_parentheses_do_not_split_title_from_employer(line, expected) -> None:
    (role,) = roles(line)
    assert (role.title, role.organization) == expected
