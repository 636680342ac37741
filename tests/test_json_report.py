"""The JSON report: contract field names, ranking, and validity against the shipped schema."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import jsonschema
import pytest

from screener.models import (
    CheckResult,
    Contact,
    Degree,
    Evidence,
    Failure,
    ResumeFacts,
    Role,
    Rubric,
    Screening,
    SkillFact,
)
from screener.reports.json_report import build_report, candidate_record, write_json
from tests.support import assert_valid_report

EV = Evidence("Senior Backend Engineer, Acme — Mar 2019 – Present", 1, 9)
RUBRIC = Rubric(title="Backend Architect", criteria=(), path="rubric.yaml", sha256="0" * 64)


def _screening(file: str, score: float) -> Screening:
    facts = ResumeFacts(
        contact=Contact(name="Jane Doe", email="jane@example.com", links=("https://github.com/jd",)),
        sections=(),
        roles=(Role("Senior Backend Engineer", "Acme", None, "2019-03", None, 92, True, True, None,
                    "experience", EV),),
        education=(Degree("master", "M.S.", "Computer Science", "Columbia University", 2012, True,
                          Evidence("M.S. Computer Science, Columbia University, 2012", 1, 31)),),
        skills=(SkillFact("Kubernetes", "cloud", 2, ("experience",), 62, "2026-11", (EV,)),),
        highest_degree="master",
        experience_years=7.7,
        senior_years=7.7,
    )
    check = CheckResult("kubernetes", "Kubernetes production experience", "skills", True, 8.0, "met",
                        8.0, "named in 1 role", (EV,))
    return Screening(file, "a" * 64, "pdf", 1, facts, (check,), score, "shortlist")


FAILED = Failure("resumes/broken.pdf", "b" * 64, "encrypted",
                 "the PDF is password-protected; ask the candidate for an unlocked copy", "PdfiumError")


def test_report_has_the_contract_fields_and_validates() -> None:
    outcomes = [_screening("resumes/b.pdf", 60.0), FAILED, _screening("resumes/a.pdf", 82.5)]
    report = build_report(outcomes, RUBRIC, date(2026, 11, 1))
    assert_valid_report(report)
    assert report["schema"] == "screener.report/1"
    assert report["as_of"] == "2026-11-01"
    assert report["summary"] == {"files": 3, "screened": 2, "failed": 1}
    assert [c["file"] for c in report["candidates"]] == ["resumes/b.pdf", "resumes/broken.pdf",
                                                         "resumes/a.pdf"]
    assert [c["rank"] for c in report["candidates"]] == [2, None, 1]
    first = report["candidates"][2]
    assert first["facts"]["roles"][0]["end"] is None
    assert first["facts"]["skills"][0]["years"] == 5.2
    assert first["checks"][0]["evidence"][0] == {"text": EV.text, "page": 1, "line": 9}
    assert report["candidates"][1]["error"]["code"] == "encrypted"


def test_schema_rejects_a_report_missing_a_contract_field() -> None:
    report = build_report([FAILED], RUBRIC, date(2026, 11, 1))
    del report["candidates"][0]["error"]
    with pytest.raises(jsonschema.ValidationError):
        assert_valid_report(report)


def test_failed_record_never_carries_facts() -> None:
    record = candidate_record(FAILED)
    assert record["candidate"] is None and record["facts"] is None and record["checks"] == []


def test_written_json_round_trips_unicode() -> None:
    report = build_report([_screening("résumés/Zoë 李.pdf", 50.0), FAILED], RUBRIC,
                          date(2026, 11, 1))
    out = StringIO()
    write_json(out, report)
    assert "résumés/Zoë 李.pdf" in out.getvalue()
    assert json.loads(out.getvalue()) == report
    # One candidate per line, so a batch report greps and diffs well.
    assert len(out.getvalue().splitlines()) == 2 + len(report["candidates"])


def _plain_record_text(outcome) -> str:
    record = candidate_record(outcome)
    del record["rank"]
    return json.dumps(record, ensure_ascii=False)


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"score": 7},  # an int where a float is usual
        {"score": float("nan")},
        {"pages": True},
        {"warnings": ("odd \u2028 line \x00 with \"quotes\" and \\",)},
        {"checks": (CheckResult("x", "X", "skills", 1, 8, "met", -0.0, "r", (EV, EV)),)},
        {"checks": (CheckResult("x", "X", "skills", True, 8.0, "met", 8.0, "r",
                                (Evidence("ß\ud800", True, 9), Evidence("ß\ud800", 1, 9))),)},
        {"file": "rés\u00fcm\u00e9/\u65e5\u672c.pdf"},
    ],
)
def test_record_text_is_json_dumps_of_the_record_byte_for_byte(change: dict) -> None:
    from dataclasses import replace

    from screener.reports.json_report import record_text

    outcome = replace(_screening("resumes/a.pdf", 82.5), **change)
    assert record_text(outcome) == _plain_record_text(outcome)
    assert record_text(outcome) == record_text(outcome)  # again, with the check texts kept
    assert record_text(FAILED) == _plain_record_text(FAILED)


def test_record_text_of_every_sample_is_json_dumps_of_its_record() -> None:
    from pathlib import Path

    from screener.pipeline import ScreenOptions, screen_file
    from screener.reports.json_report import record_text
    from screener.rubric import load_rubric

    root = Path(__file__).resolve().parent.parent
    rubric = load_rubric(root / "rubric.yaml")
    options = ScreenOptions(as_of=date(2026, 11, 1), evidence_limit=None)
    for path in sorted((root / "samples").iterdir()):
        if path.suffix in (".pdf", ".docx"):
            outcome = screen_file(path, rubric, options)
            assert record_text(outcome) == _plain_record_text(outcome), path.name


def test_a_usual_screening_takes_the_fast_writer() -> None:
    from screener.reports.json_fast import screening_text

    outcome = _screening("resumes/a.pdf", 82.5)
    assert screening_text(outcome) == _plain_record_text(outcome)
