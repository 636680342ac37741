"""Outcomes -> the JSON report of ../shared/eval/REPORT_CONTRACT.md (schema screener.report/1).

`build_report` makes the whole document; `candidate_record` one entry of `candidates`, which
`--format jsonl` streams line by line. The JSON Schema ships beside this package in
`screener/data/report.schema.json` and the tests validate every report against it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TextIO

from screener import __version__
from screener.models import (
    CheckResult,
    Degree,
    Evidence,
    Failure,
    Outcome,
    ResumeFacts,
    Role,
    Rubric,
    Screening,
    SkillFact,
)
from screener.ranking import ranked
from screener.reports.json_fast import Unusual, screening_text

SCHEMA_ID = "screener.report/1"


def build_report(outcomes: Sequence[Outcome], rubric: Rubric, as_of: date) -> dict[str, Any]:
    """The whole report as one dict (tests, and callers that want to edit it)."""
    ranks = ranks_of(outcomes)
    return {
        **report_head(outcomes, rubric, as_of),
        "candidates": [candidate_record(o, rank=r) for o, r in zip(outcomes, ranks)],
    }


def report_head(outcomes: Sequence[Outcome], rubric: Rubric, as_of: date) -> dict[str, Any]:
    """Every top-level field but `candidates`."""
    screened = sum(1 for o in outcomes if isinstance(o, Screening))
    return {
        "schema": SCHEMA_ID,
        "tool": {"name": "screener", "version": __version__},
        "as_of": as_of.isoformat(),
        "rubric": {"title": rubric.title, "path": rubric.path, "sha256": rubric.sha256},
        "summary": {"files": len(outcomes), "screened": screened, "failed": len(outcomes) - screened},
    }


def ranks_of(outcomes: Sequence[Outcome]) -> list[int | None]:
    """Each outcome's place in the ranking (None for failures), in the outcomes' order."""
    places = {id(o): i for i, o in enumerate(ranked(outcomes), start=1) if isinstance(o, Screening)}
    return [places.get(id(o)) for o in outcomes]


def record_text(outcome: Outcome) -> str:
    """One candidate's record as JSON, without its rank, which only the whole batch knows.

    Workers make these in parallel (and the cache keeps them), so the parent of a batch
    of thousands only joins strings. A screening is written by json_fast, byte for
    byte what json.dumps writes for its candidate_record, at a fraction of the cost; a
    value of a type it does not expect sends it back to json.dumps.
    """
    if isinstance(outcome, Screening):
        try:
            return screening_text(outcome)
        except (Unusual, TypeError):
            pass
    record = candidate_record(outcome)
    del record["rank"]
    return json.dumps(record, ensure_ascii=False)


def with_rank(text: str, rank: int | None) -> str:
    """A `record_text` with its rank added as the last field."""
    return f'{text[:-1]}, "rank": {"null" if rank is None else rank}}}'


def candidate_record(outcome: Outcome, *, rank: int | None = None) -> dict[str, Any]:
    if isinstance(outcome, Failure):
        return {
            "file": outcome.file,
            "sha256": outcome.sha256,
            "status": "failed",
            "error": {"code": outcome.code, "message": outcome.message, "detail": outcome.detail},
            "warnings": list(outcome.warnings),
            "candidate": None,
            "facts": None,
            "checks": [],
            "score": None,
            "verdict": None,
            "rank": None,
            "failed_knockouts": [],
        }
    facts = outcome.facts
    contact = facts.contact
    return {
        "file": outcome.file,
        "sha256": outcome.sha256,
        "status": "screened",
        "error": None,
        "warnings": list(outcome.warnings),
        "format": outcome.format,
        "pages": outcome.pages,
        "candidate": {
            "name": contact.name,
            "email": contact.email,
            "phone": contact.phone,
            "location": contact.location,
            "links": list(contact.links),
        },
        "facts": facts_record(facts),
        "checks": [check_record(c) for c in outcome.checks],
        "score": outcome.score,
        "verdict": outcome.verdict,
        "rank": rank,
        "failed_knockouts": list(outcome.failed_knockouts),
    }


def facts_record(facts: ResumeFacts) -> dict[str, Any]:
    return {
        "highest_degree": facts.highest_degree,
        "education": [_degree(d) for d in facts.education],
        "roles": [_role(r) for r in facts.roles],
        "experience_years": facts.experience_years,
        "senior_years": facts.senior_years,
        "senior_titles": list(facts.senior_titles),
        "stated_years": facts.stated_years,
        "skills": [_skill(s) for s in facts.skills],
        "sections": [
            {"kind": s.kind, "heading": _evidence(s.heading) if s.heading else None}
            for s in facts.sections
        ],
    }


def check_record(check: CheckResult) -> dict[str, Any]:
    return {
        "id": check.id,
        "label": check.label,
        "kind": check.kind,
        "required": check.required,
        "weight": check.weight,
        "status": check.status,
        "points": check.points,
        "evidence": [_evidence(e) for e in check.evidence],
        "reason": check.reason,
    }


def write_json(stream: TextIO, report: dict[str, Any]) -> None:
    """A report dict, written as `write_report` writes one."""
    head = {k: v for k, v in report.items() if k != "candidates"}
    records = [json.dumps(r, ensure_ascii=False) for r in report["candidates"]]
    write_report(stream, head, records)


def write_report(stream: TextIO, head: dict[str, Any], records: Iterable[str]) -> None:
    """The report with one candidate per line: diff- and grep-friendly, and fast.

    (json's C encoder only runs without `indent`; indenting a batch of thousands costs
    more than screening it.)
    """
    text = json.dumps(head, ensure_ascii=False)
    stream.write(text[:-1] + ', "candidates": [')
    for i, record in enumerate(records):
        stream.write(("\n" if i == 0 else ",\n") + record)
    stream.write("\n]}\n")


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {"text": evidence.text, "page": evidence.page, "line": evidence.line}


def _degree(degree: Degree) -> dict[str, Any]:
    return {
        "level": degree.level,
        "degree": degree.degree,
        "field": degree.field,
        "institution": degree.institution,
        "year": degree.year,
        "completed": degree.completed,
        "evidence": _evidence(degree.evidence),
    }


def _role(role: Role) -> dict[str, Any]:
    return {
        "title": role.title,
        "organization": role.organization,
        "location": role.location,
        "start": role.start,
        "end": role.end,
        "months": role.months,
        "senior": role.senior,
        "counts": role.counts,
        "excluded_because": role.excluded_because,
        "section": role.section,
        "evidence": _evidence(role.evidence),
    }


def _skill(skill: SkillFact) -> dict[str, Any]:
    return {
        "name": skill.name,
        "category": skill.category,
        "mentions": skill.mentions,
        "years": skill.years,
        "last_used": skill.last_used,
        "sections": list(skill.sections),
        "implied_by": skill.implied_by,
        "evidence": [_evidence(e) for e in skill.evidence],
    }
