"""Property tests for degree parsing: every spelling, any field and decoration, one level."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from screener.extract import extract_facts
from screener.extract.degrees import degree_matches
from tests.extract_support import AS_OF, doc

SPELLINGS = {
    "associate": [
        "Associate of Arts",
        "Associate's degree in",
        "A.A.",
        "A.S.",
        "Associate of Science in",
    ],
    "bachelor": [
        "B.S.",
        "BSc",
        "B.Sc.",
        "B.Tech",
        "B.E.",
        "BEng",
        "B.A.",
        "Bachelor's in",
        "Bachelor of Science in",
        "Bachelor of Arts in",
        "BBA",
        "BCA",
        "Bachelors in",
    ],
    "master": [
        "M.S.",
        "MSc",
        "M.Sc.",
        "MEng",
        "M.Tech",
        "MCA",
        "MBA",
        "MPhil",
        "Master's in",
        "Master of Science in",
        "Masters in",
        "Master of Engineering in",
    ],
    "doctorate": ["PhD", "Ph.D.", "DPhil", "Doctorate in", "Doctor of Philosophy in"],
}
FIELDS = [
    "Computer Science",
    "Physics",
    "Business Administration",
    "Fine Arts",
    "Marine Biology",
    "Electrical Engineering",
    "Economics",
]
PAIRS = [(level, spelling) for level, spellings in SPELLINGS.items() for spelling in spellings]


@settings(max_examples=300, deadline=None)
@given(
    pair=st.sampled_from(PAIRS),
    field=st.sampled_from(FIELDS),
    lead=st.sampled_from(["", "• ", "▸ "]),
    tail=st.sampled_from(["", ", Lakeside University", " | 2015"]),
)
def test_every_spelling_reads_as_its_level(pair, field, lead, tail) -> None:
    level, spelling = pair
    text = f"{lead}{spelling} {field}{tail}"
    found = degree_matches(text, in_education=True)
    assert found and found[0][0] == level, text


@settings(max_examples=150, deadline=None)
@given(
    pair=st.sampled_from(PAIRS),
    field=st.sampled_from(FIELDS),
    end=st.integers(1990, 2035),
    marker=st.sampled_from(["", " (Expected)", " - in progress", " (ongoing)", " candidate"]),
)
def test_completed_only_when_past_and_not_in_progress(pair, field, end, marker) -> None:
    level, spelling = pair
    lines = ["Casey Fern", "EDUCATION", f"{spelling} {field}{marker}, {end - 3} - {end}"]
    facts = extract_facts(doc(lines), AS_OF)
    (degree,) = facts.education
    assert degree.level == level
    expected = not marker and end < AS_OF.year
    assert degree.completed is expected, lines[-1]
    assert facts.highest_degree == (level if expected else "none")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Managed",
                "the",
                "office",
                "MS",
                "Office",
                "Boston,",
                "MA",
                "BA",
                "flight",
                "team",
                "Associate",
                "Scrum",
                "Master",
                "thesis",
                "AWS",
                "Certified",
            ]
        ),
        max_size=10,
    )
)
def test_everyday_words_are_not_degrees_without_context(words) -> None:
    text = " ".join(words)
    for level, match in degree_matches(text, in_education=False):
        # Only an explicit "<abbr> in/of <Field>" may read as a degree here; these words have none.
        raise AssertionError(f"{text!r} read as {level} from {match.group(0)!r}")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="BbMmAaSsDdPpHhCcEeNnGgTtLlIiOoRr .-()'’", max_size=40))
def test_the_fast_degree_gate_agrees_with_the_full_pattern(text: str) -> None:
    from screener.extract.degrees import _ANY_DEGREE, names_any_degree

    assert names_any_degree(text) == bool(_ANY_DEGREE.search(text)), text
