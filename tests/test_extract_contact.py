"""Contact: the candidate's name (not a heading, a city or a job title), email, phone, links."""

from __future__ import annotations

import pytest

from screener.extract import extract_facts
from tests.extract_support import AS_OF, doc


def contact(*lines: str | tuple[str, set[str]]):
    return extract_facts(doc([*lines, "EXPERIENCE", "Engineer, Acme — 2019 – 2020"]), AS_OF).contact


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["Casey Fern", "casey.fern@example.com"], "Casey Fern"),
        (["CASEY FERN", "casey.fern@example.com"], "Casey Fern"),
        (["MARY-JANE O'HARA", "mj@example.com"], "Mary-Jane O'Hara"),
        (["Casey J. Fern", "Senior Backend Engineer"], "Casey J. Fern"),
        (["Last updated in Mar 2026", "Casey Fern", "casey@example.com"], "Casey Fern"),
        (["Resume", "Casey Fern"], "Casey Fern"),
        (["Casey Fern | Curriculum Vitae", "casey@example.com"], "Casey Fern"),
        (["Casey Fern, PhD candidate", "casey@example.com"], "Casey Fern"),
        (["CASEY", "FERN", "555 010 2000"], "Casey Fern"),  # first and last name set on two lines
        (["CaseyFern", "casey.fern@example.com"], "Casey Fern"),  # letter-spaced name run together
        (
            ["Software Engineer", "Brooklyn, NY", "Casey Fern", "fern.casey@example.com"],
            "Casey Fern",
        ),
        (["Ana de la Cruz", "ana@example.com"], "Ana de la Cruz"),
        (["María José García López", "mj@example.com"], "María José García López"),
        (["Casey Fern        casey@example.com        555 010 2000"], "Casey Fern"),
        (["Zoë Ångström", "zoe@example.com"], "Zoë Ångström"),
        (
            ["Lane Ashby", "lane@example.com"],
            "Lane Ashby",
        ),  # a first name that is also a street word
        (["Kendall", "Ashby", "Tech Lead"], "Kendall Ashby"),
        (["Dr. Casey Fern", "casey@example.com"], "Casey Fern"),
        (["Casey (CJ) Fern", "casey@example.com"], "Casey Fern"),
        # a nickname in quotes of any kind is not part of the name
        (["Tobias “Toby” Wren-Marsh", "toby@example.com"], "Tobias Wren-Marsh"),
        (['Tobias "Toby" Wren', "toby@example.com"], "Tobias Wren"),
        (["Tobias 'Toby' Wren", "toby@example.com"], "Tobias Wren"),
        (["Tobias ‘Toby’ Wren", "toby@example.com"], "Tobias Wren"),
        (["Tobias «Toby» Wren", "toby@example.com"], "Tobias Wren"),
        (["“Tobias Wren”", "toby@example.com"], "Tobias Wren"),  # the whole name quoted
        # apostrophes inside names are not quotes
        (["D'Arcy O'Neill", "darcy@example.com"], "D'Arcy O'Neill"),
        (["Rory O’Dea", "rory@example.com"], "Rory O’Dea"),
        (["Name: Casey Fern", "Email: casey@example.com"], "Casey Fern"),
        # Europass labels: the label is cut; a surname written first is put last
        (
            ["Curriculum Vitae", "Personal information", "First name(s) / Surname(s): Ilse Varga",
             "E-mail: ilse@example.com"],
            "Ilse Varga",
        ),
        (["Surname(s) / First name(s): Varga Ilse", "E-mail: iv@example.com"], "Ilse Varga"),
        (["Full name: Tomas Brandt", "tb@example.com"], "Tomas Brandt"),
        (["RESUME OF CASEY FERN", "casey@example.com"], "Casey Fern"),
        (["Curriculum Vitae – Casey Fern", "casey@example.com"], "Casey Fern"),
        (
            ["Staff Engineer", "San Diego, CA", "Robin Ashby", "robin.ashby@example.com"],
            "Robin Ashby",
        ),
    ],
)
def test_name(lines: list[str], name: str) -> None:
    assert contact(*lines).name == name


@pytest.mark.parametrize(
    "lines",
    [
        ["Software Engineer", "casey@example.com"],
        ["Brooklyn, NY", "casey@example.com"],
        ["Professional Summary", "casey@example.com"],
    ],
)
def test_no_name_rather_than_a_wrong_one(lines: list[str]) -> None:
    assert contact(*lines).name is None


def test_name_in_a_page_header_line() -> None:
    lines = [
        "casey@example.com",
        "SUMMARY",
        "Engineer.",
        "EXPERIENCE",
        "Engineer, Acme — 2019 – 2020",
    ]
    document = doc([("Casey Fern", {"header"}), *lines])
    assert extract_facts(document, AS_OF).contact.name == "Casey Fern"


def test_email_phone_links_location() -> None:
    found = contact(
        "Casey Fern",
        "mailto:casey.fern@example.com | +1 (212) 555-0142 | Brooklyn, NY",
        "github.com/caseyfern · https://www.linkedin.com/in/caseyfern · https://caseyfern.dev",
        "www.caseyfern.blog",
    )
    assert found.email == "casey.fern@example.com"
    assert found.phone == "+1 (212) 555-0142"
    assert found.location == "Brooklyn, NY"
    assert found.links == (
        "github.com/caseyfern",
        "https://www.linkedin.com/in/caseyfern",
        "https://caseyfern.dev",
        "www.caseyfern.blog",
    )
    assert found.evidence[0].text == "Casey Fern"


def test_referee_emails_are_not_the_candidates() -> None:
    lines = [
        "Casey Fern",
        "EXPERIENCE",
        "Engineer, Acme — 2019 – 2020",
        "REFERENCES",
        "Dana Reed",
        "dana.reed@example.com",
    ]
    assert extract_facts(doc(lines), AS_OF).contact.email is None


def test_remote_location() -> None:
    assert contact("Casey Fern", "Remote | casey@example.com").location == "Remote"


def test_employer_places_are_not_the_candidates() -> None:
    lines = [
        "Casey Fern",
        "casey@example.com",
        "EXPERIENCE",
        "Acme Corp | Denver, CO",
        "Engineer  2019 – 2020",
    ]
    assert extract_facts(doc(lines), AS_OF).contact.location is None


def test_a_contact_section_in_a_sidebar() -> None:
    lines = [
        "Casey Fern",
        "EXPERIENCE",
        "Engineer, Acme — 2019 – 2020",
        "CONTACT",
        "+1 303 555 0100",
        "Denver, CO",
        "casey@example.com",
    ]
    found = extract_facts(doc(lines), AS_OF).contact
    assert (found.phone, found.location, found.email) == (
        "+1 303 555 0100",
        "Denver, CO",
        "casey@example.com",
    )
