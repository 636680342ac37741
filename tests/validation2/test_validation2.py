"""Second validation set: the real pipeline on fictional résumés in styles neither the corpus
nor tests/validation covers (academic, Europass, Indian, British, German, functional, …).

Every case in cases.py is rendered (PDF or DOCX) into a temporary folder and screened by
`screen_files` with the packaged rubric, as of 2026-11-01. Each field is compared with its
label the way ../shared/eval/evaluate.py compares (names and e-mails case- and
space-folded, years within max(1.0, 10%), senior years within max(1.0, 15%), skills by
canonical name). The aggregate rates must stay at or above FLOORS, set a little below what
the screener reached when the set was written, so a regression fails the test; run with
`-s` to see the table of misses:

    .venv/bin/pytest tests/validation2 -s
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from screener.models import Screening
from screener.pipeline import ScreenOptions, screen_files
from screener.rubric import load_rubric
from tests.validation.labels import Label
from tests.validation2.cases import all_cases
from tests.validation2.labels import LABELS
from tests.validation2.render2 import render

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 1)

# Rates when the set was written (25 cases, 2026-11-25): read 1.00, name 0.96, email 1.00,
# degree 1.00, years 0.92, senior 0.84, skills precision 1.00, recall 1.00. After the fixes
# they found every rate is 1.00; each floor leaves room for one miss (24/25 = 0.96).
FLOORS = {
    "read": 1.0,
    "name": 0.96,
    "email": 0.96,
    "degree": 0.96,
    "years": 0.96,
    "senior": 0.96,
    "skills_p": 0.98,
    "skills_r": 0.99,
}


def fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().lower())


def within(got: float | None, want: float, absolute: float, relative: float) -> bool:
    return got is not None and abs(got - want) <= max(absolute, relative * want)


@dataclass
class Tally:
    hits: dict[str, int]
    counts: dict[str, int]
    misses: list[tuple[str, str, str, str]]  # case, field, expected, got

    def add(self, case: str, field: str, ok: bool, want: object = "", got: object = "") -> None:
        self.counts[field] = self.counts.get(field, 0) + 1
        self.hits[field] = self.hits.get(field, 0) + int(ok)
        if not ok:
            self.misses.append((case, field, str(want), str(got)))

    def rate(self, field: str) -> float:
        return self.hits.get(field, 0) / self.counts[field] if self.counts.get(field) else 1.0


def compare(case: str, label: Label, outcome: object, tally: Tally) -> None:
    ok = isinstance(outcome, Screening)
    tally.add(case, "read", ok, "screened", getattr(outcome, "code", "?"))
    if not ok:
        return
    facts = outcome.facts
    tally.add(case, "name", fold(facts.contact.name) in {fold(n) for n in label.name},
              label.name[0], facts.contact.name)
    tally.add(case, "email", fold(facts.contact.email) == fold(label.email),
              label.email, facts.contact.email)
    tally.add(case, "degree", facts.highest_degree == label.degree,
              label.degree, facts.highest_degree)
    roles = "; ".join(
        f"{r.title[:28]} {r.start}..{r.end or 'now'}"
        f"{'' if r.counts else ' x' + str(r.excluded_because)}"
        f"{' S' if r.senior and r.counts else ''}"
        for r in facts.roles
    )
    tally.add(case, "years", within(facts.experience_years, label.experience_years, 1.0, 0.10),
              label.experience_years, f"{facts.experience_years}  [{roles}]")
    tally.add(case, "senior", within(facts.senior_years, label.senior_years, 1.0, 0.15),
              label.senior_years, f"{facts.senior_years}")
    found = {fold(s.name) for s in facts.skills}
    for name in label.present:
        tally.add(case, "skills_r", fold(name) in found, f"present {name}", "missed")
    for name in label.absent:
        tally.add(case, "skills_p", fold(name) not in found, f"absent {name}", "found")


@pytest.fixture(scope="module")
def tally(tmp_path_factory: pytest.TempPathFactory) -> Tally:
    folder = tmp_path_factory.mktemp("validation2")
    cases = all_cases()
    files = [render(case, folder) for case in cases]
    rubric = load_rubric(ROOT / "rubric.yaml")
    outcomes = screen_files(files, rubric, ScreenOptions(as_of=AS_OF, jobs=2))
    result = Tally({}, {}, [])
    for case, outcome in zip(cases, outcomes, strict=True):
        compare(case.key, LABELS[case.key], outcome, result)
    return result


def test_every_case_has_a_label() -> None:
    keys = [case.key for case in all_cases()]
    assert len(keys) == len(set(keys)) and 20 <= len(keys) <= 25
    assert set(keys) == set(LABELS)


def test_labels_follow_the_conventions() -> None:
    # The label helper on this set's tricky role lists: breaks, concurrency, bare years, word list.
    label = LABELS["career-break-contract-concurrent"]
    assert label.experience_years == round((47 + 71) / 12, 1)  # break left out, consulting once
    assert label.senior_years == 0.0
    assert LABELS["british-year-ranges"].experience_years == round(167 / 12, 1)  # 2013-01 ..
    assert LABELS["teacher-head-of-year"].senior_years == round(63 / 12, 1)  # "Head of Year"
    assert LABELS["seniority-word-traps"].senior_years == 0.0  # "Lead" only as a verb


def test_validation_rates(tally: Tally) -> None:
    rates = {field: tally.rate(field) for field in FLOORS}
    print("\nvalidation rates: " + "  ".join(
        f"{f}={rates[f]:.2f} ({tally.hits.get(f, 0)}/{tally.counts.get(f, 0)})" for f in FLOORS))
    for case, field, want, got in tally.misses:
        print(f"  MISS {case:34} {field:8} want {want:30} got {got}")
    below = {f: round(r, 3) for f, r in rates.items() if r < FLOORS[f]}
    assert not below, f"validation rates below their floors {FLOORS}: {below}"
