"""Rubric loading: the shipped rubric, and every kind of bad rubric reported as FILE:LINE: key: message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from screener.errors import ExitCode, RubricError
from screener.rubric import default_rubric_path, describe_rubric, load_rubric, parse_rubric
from tests.factories import TAXONOMY

ROOT = Path(__file__).resolve().parent.parent

GOOD = """\
title: Test role
verdicts: {shortlist: 80, review: 40}
criteria:
  - id: k8s
    label: Kubernetes
    kind: skills
    weight: 5
    required: true
    all: [Kubernetes]
    in_experience: true
"""


def problems(text: str) -> list[str]:
    with pytest.raises(RubricError) as caught:
        parse_rubric(textwrap.dedent(text), "rubric.yaml", TAXONOMY)
    assert caught.value.exit_code == ExitCode.BAD_RUBRIC
    return [str(p) for p in caught.value.problems]


def test_a_good_rubric_loads_with_its_settings() -> None:
    rubric = parse_rubric(GOOD, "rubric.yaml", TAXONOMY)
    assert rubric.title == "Test role"
    assert (rubric.verdicts.shortlist, rubric.verdicts.review) == (80, 40)
    (c,) = rubric.criteria
    assert (c.id, c.kind, c.weight, c.required, c.line) == ("k8s", "skills", 5.0, True, 4)
    assert c.spec == {"mode": "all", "need": 1, "skills": ("Kubernetes",), "in_experience": True}


CRITERION = "criteria:\n  - id: a\n    label: A\n    kind: skills\n    weight: 1\n    any: [Go]\n"

BAD = [
    # (name, YAML text, expected problem lines)
    (
        "unknown top key",
        "title: T\ntitel: T\n" + CRITERION,
        ["rubric.yaml:2: titel: unknown key; did you mean 'title'?"],
    ),
    (
        "duplicate key",
        "title: T\ntitle: U\n" + CRITERION,
        ["rubric.yaml:2: duplicate key 'title' (first on line 1); keep one"],
    ),
    (
        "anchor and alias",
        "title: &t T\nsource: *t\n" + CRITERION,
        [
            "rubric.yaml:1: YAML anchor '&t' is not allowed; write each value out",
            "rubric.yaml:2: YAML alias '*t' is not allowed; write the value out",
        ],
    ),
    (
        "merge key",
        "title: T\nverdicts:\n  <<: {review: 1}\n" + CRITERION,
        ["rubric.yaml:3: verdicts.<<: unknown key; allowed: shortlist, review"],
    ),
    (
        "missing title and criteria",
        "source: x\n",
        ["rubric.yaml:1: title: is missing", "rubric.yaml:1: criteria: is missing"],
    ),
    (
        "negative weight",
        "title: T\n" + CRITERION.replace("weight: 1", "weight: -2"),
        [
            "rubric.yaml:6: criteria[a].weight: must be at least 0, not -2 (weights cannot be negative)"
        ],
    ),
    (
        "weight as text",
        "title: T\n" + CRITERION.replace("weight: 1", "weight: heavy"),
        ["rubric.yaml:6: criteria[a].weight: must be a number, not text"],
    ),
    (
        "weight not finite",
        "title: T\n" + CRITERION.replace("weight: 1", "weight: .nan"),
        ["rubric.yaml:6: criteria[a].weight: must be a finite number, not nan"],
    ),
    (
        "python tag",
        "title: !!python/object:os.system x\n" + CRITERION,
        [
            (
                "rubric.yaml:1: invalid YAML: could not determine a constructor for the tag "
                "'tag:yaml.org,2002:python/object:os.system'"
            )
        ],
    ),
    (
        "required not a boolean",
        "title: T\n" + CRITERION + "    required: maybe\n",
        ["rubric.yaml:8: criteria[a].required: must be true or false, not text"],
    ),
    (
        "unknown criterion key",
        "title: T\n" + CRITERION + "    wieght: 2\n",
        ["rubric.yaml:8: criteria[a].wieght: unknown key; did you mean 'weight'?"],
    ),
    (
        "unknown kind",
        "title: T\n" + CRITERION.replace("kind: skills", "kind: skils"),
        [
            (
                "rubric.yaml:5: criteria[a].kind: unknown kind 'skils'; did you mean 'skills'? "
                "(one of degree, experience, seniority, skills, phrases, metric, location, evidence)"
            )
        ],
    ),
    (
        "unknown skill with suggestion",
        "title: T\n" + CRITERION.replace("[Go]", "[Kubernets]"),
        [
            "rubric.yaml:7: criteria[a].any[0]: unknown skill 'Kubernets'; did you mean 'Kubernetes'?"
        ],
    ),
    (
        "alias instead of canonical skill",
        "title: T\n" + CRITERION.replace("[Go]", "[k8s]"),
        [
            "rubric.yaml:7: criteria[a].any[0]: 'k8s' is another spelling; write the taxonomy name 'Kubernetes'"
        ],
    ),
    (
        "two match modes",
        "title: T\n" + CRITERION + "    all: [Go]\n",
        [
            (
                "rubric.yaml:3: criteria[a]: needs exactly one of any: [...], all: [...] or at_least: N with of: [...] "
                "(found any and all)"
            )
        ],
    ),
    (
        "at_least without of",
        "title: T\n" + CRITERION.replace("any: [Go]", "at_least: 2"),
        ["rubric.yaml:7: criteria[a].of: is missing: at_least: N needs the list in of: [...]"],
    ),
    (
        "at_least larger than list",
        "title: T\n" + CRITERION.replace("any: [Go]", "at_least: 3\n    of: [Go]"),
        ["rubric.yaml:7: criteria[a].at_least: asks for 3 but the list has only 1"],
    ),
    (
        "duplicate id",
        "title: T\n" + CRITERION + CRITERION.replace("criteria:\n", ""),
        ["rubric.yaml:8: criteria[a].id: duplicate id (first on line 3)"],
    ),
    (
        "bad id",
        "title: T\n" + CRITERION.replace("id: a", "id: Big Id"),
        [
            "rubric.yaml:3: criteria[Big Id].id: use lower-case letters, digits, '-' or '_' (it names a CSV column)"
        ],
    ),
    (
        "verdicts upside down",
        "title: T\nverdicts: {shortlist: 40, review: 60}\n" + CRITERION,
        ["rubric.yaml:2: verdicts: review (60) must not be above shortlist (40)"],
    ),
    (
        "degree level unknown",
        (
            "title: T\ncriteria:\n  - id: d\n    label: D\n    kind: degree\n"
            "    weight: 1\n    minimum: masters\n"
        ),
        [
            (
                "rubric.yaml:7: criteria[d].minimum: unknown degree level 'masters'; did you mean 'master'? "
                "(one of none, associate, bachelor, master, doctorate)"
            )
        ],
    ),
    (
        "experience needs positive years",
        (
            "title: T\ncriteria:\n  - id: e\n    label: E\n    kind: experience\n"
            "    weight: 1\n    minimum_years: 0\n"
        ),
        ["rubric.yaml:7: criteria[e].minimum_years: must be above 0, not 0"],
    ),
    (
        "metric units missing",
        (
            "title: T\ncriteria:\n  - id: m\n    label: M\n    kind: metric\n"
            "    weight: 1\n    minimum: 10\n"
        ),
        ["rubric.yaml:3: criteria[m].units: is missing"],
    ),
    (
        "location country unknown",
        (
            "title: T\ncriteria:\n  - id: l\n    label: L\n    kind: location\n"
            "    weight: 1\n    remote_within: Atlantis\n"
        ),
        [
            (
                "rubric.yaml:7: criteria[l].remote_within: unknown country 'Atlantis' (known: US); "
                "list its places under places: instead"
            )
        ],
    ),
    (
        "star inside a phrase",
        (
            "title: T\ncriteria:\n  - id: p\n    label: P\n    kind: phrases\n"
            "    weight: 1\n    any: ['ra*te']\n"
        ),
        [
            "rubric.yaml:7: criteria[p].any[0]: 'ra*te': '*' may only end a phrase (prefix match), as in 'shard*'"
        ],
    ),
    (
        "criteria not a list",
        "title: T\ncriteria: {a: 1}\n",
        ["rubric.yaml:2: criteria: must be a non-empty list of criteria, not a mapping"],
    ),
    (
        "top level a list",
        "- a\n- b\n",
        ["rubric.yaml:1: must be a mapping of keys to values, not a list"],
    ),
    (
        "empty file",
        "",
        ["rubric.yaml:1: the file is empty; see docs/rubric.md for the keys a rubric needs"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in BAD], ids=[case[0] for case in BAD]
)
def test_bad_rubrics_are_reported_with_line_and_key_path(text: str, expected: list[str]) -> None:
    assert problems(text) == expected


def test_every_problem_is_reported_at_once() -> None:
    found = problems(
        "title: 5\nextra: 1\ncriteria:\n  - id: a\n    label: A\n    kind: skills\n"
        "    weight: -1\n    any: [Kubernets, Go]\n  - id: b\n    kind: nope\n"
    )
    assert len(found) == 7, found
    assert [p.split(":")[1] for p in found] == ["1", "2", "7", "8", "9", "9", "10"]


@pytest.mark.parametrize(
    ("text", "line"),
    [("title: [unclosed\n", 2), ("title: T\n  bad: indent\n", 2), ("a: b: c\n", 1)],
)
def test_invalid_yaml_gives_file_and_line(text: str, line: int) -> None:
    (found,) = problems(text)
    assert found.startswith(f"rubric.yaml:{line}: invalid YAML:"), found


def test_missing_file_is_a_clear_problem(tmp_path: Path) -> None:
    with pytest.raises(RubricError) as caught:
        load_rubric(tmp_path / "nope.yaml")
    assert (
        str(caught.value)
        == f"{tmp_path / 'nope.yaml'}: no such file; pass an existing rubric (see docs/rubric.md)"
    )


def test_load_rubric_records_path_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(GOOD, encoding="utf-8")
    rubric = load_rubric(path, TAXONOMY)
    assert rubric.path == str(path) and len(rubric.sha256 or "") == 64


def test_problems_name_the_file_as_given(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("title: T\ncriteria: []\n", encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_rubric(path, TAXONOMY)
    assert str(caught.value).startswith(f"{path}:2: criteria:")


def test_the_packaged_rubric_is_the_root_rubric() -> None:
    root = (ROOT / "rubric.yaml").read_bytes()
    packaged = (ROOT / "screener" / "data" / "rubric.yaml").read_bytes()
    assert root == packaged, "copy rubric.yaml to screener/data/rubric.yaml"


def test_the_shipped_rubric_loads_and_covers_the_posting() -> None:
    rubric = load_rubric(ROOT / "rubric.yaml")  # with the project's own taxonomy when present
    ids = {c.id for c in rubric.criteria}
    assert {"degree", "backend-years", "senior-years", "kubernetes", "aws", "location"} <= ids
    assert {c.id for c in rubric.criteria if c.required} == {
        "degree",
        "backend-years",
        "senior-years",
        "languages",
        "kubernetes",
    }
    assert sum(c.weight for c in rubric.criteria) == 100
    assert all(c.source for c in rubric.criteria), "each criterion quotes its posting line"
    assert {c.kind for c in rubric.criteria} == {
        "degree",
        "experience",
        "seniority",
        "skills",
        "phrases",
        "metric",
        "location",
        "evidence",
    }


def test_the_shipped_rubric_names_only_taxonomy_skills() -> None:
    rubric = load_rubric(ROOT / "rubric.yaml", TAXONOMY)
    assert rubric.criteria


def test_default_path_prefers_a_rubric_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    packaged = default_rubric_path()
    assert packaged.name == "rubric.yaml" and packaged.parent.name == "data" and packaged.is_file()
    (tmp_path / "rubric.yaml").write_text(GOOD, encoding="utf-8")
    assert default_rubric_path() == Path("rubric.yaml")


def test_describe_rubric_lists_weights_shares_and_settings() -> None:
    rows = describe_rubric(
        parse_rubric(
            GOOD + CRITERION.replace("criteria:\n", "").replace("weight: 1", "weight: 15"),
            "rubric.yaml",
            TAXONOMY,
        )
    )
    assert [(r.id, r.role, r.weight, r.share) for r in rows] == [
        ("k8s", "knockout", 5, 25.0),
        ("a", "preferred", 15, 75.0),
    ]
    assert rows[0].settings == "all of Kubernetes; must appear in a dated role"


def test_docs_table_matches_the_shipped_rubric() -> None:
    docs = (ROOT / "docs" / "rubric.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip(): line.split("|")[2:5]
        for line in docs.splitlines()
        if line.startswith("| ") and not line.startswith("| id ")
    }
    for c in load_rubric(ROOT / "rubric.yaml", TAXONOMY).criteria:
        kind, weight, knockout = (cell.strip() for cell in rows[c.id])
        assert (kind, float(weight), knockout == "yes") == (c.kind, c.weight, c.required), c.id
