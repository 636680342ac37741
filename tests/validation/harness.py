"""What both validation sets share: comparing screened facts with hand labels, and the rates.

Each set (tests/validation, tests/validation2) renders its own cases and labels; this module
screens them with the real pipeline, tallies every field with evaluate.py's tolerances, and
checks the rates against the set's floors, printing each miss (run pytest with -s).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from screener.models import Screening
from screener.batch import screen_files
from screener.pipeline import ScreenOptions
from screener.rubric import load_rubric
from tests.validation.labels import Label

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 11, 1)


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


def measure(cases: Sequence, labels: dict[str, Label], render: Callable, folder: Path) -> Tally:
    """Render every case into `folder`, screen them all, and tally each field."""
    files = [render(case, folder) for case in cases]
    outcomes = screen_files(files, load_rubric(ROOT / "rubric.yaml"),
                            ScreenOptions(as_of=AS_OF, jobs=2))
    result = Tally({}, {}, [])
    for case, outcome in zip(cases, outcomes, strict=True):
        compare(case.key, labels[case.key], outcome, result)
    return result


def check_rates(tally: Tally, floors: dict[str, float]) -> None:
    """Print the rates and misses, then fail if any rate is below its floor."""
    rates = {field: tally.rate(field) for field in floors}
    print("\nvalidation rates: " + "  ".join(
        f"{f}={rates[f]:.2f} ({tally.hits.get(f, 0)}/{tally.counts.get(f, 0)})" for f in floors))
    for case, field, want, got in tally.misses:
        print(f"  MISS {case:34} {field:8} want {want:30} got {got}")
    below = {f: round(r, 3) for f, r in rates.items() if r < floors[f]}
    assert not below, f"validation rates below their floors {floors}: {below}"
