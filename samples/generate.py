"""Regenerate the sample résumés in samples/ and the facts each one should yield.

    python samples/generate.py            # writes into samples/
    python samples/generate.py --out DIR  # writes elsewhere (the tests do this)

The generated files are committed; CI never needs to run this. `SAMPLES` is the manifest:
each file, the layout it exercises, and what screening it should give. `expected.json`
states the facts under the labelling conventions (as of 2026-11-01; inclusive months; a
bare year runs January to December; internships and student jobs excluded).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the renderers sit beside this script
    sys.path.insert(0, str(HERE))

import sample_docx  # noqa: E402
import sample_pdf  # noqa: E402
from sample_profiles import (  # noqa: E402
    AVERY, CASEY, DANA, HARPER, JORDAN, MORGAN, ROWAN, Profile,
)

AS_OF = (2026, 11)
SENIOR = re.compile(
    r"\b(senior|sr|staff|principal|lead|architect|head|manager|director|vp|chief)\b", re.I
)
LEVELS = ("none", "associate", "bachelor", "master", "doctorate")


@dataclass(frozen=True)
class Sample:
    file: str
    profile: Profile | None  # None: the scan, whose text exists only as pixels
    render: Callable[..., None]
    layout: str
    exercises: str
    strength: str  # strong, borderline, weak, or unreadable
    verdict: str  # the recommendation it should get; "failed: no-text" for the scan


SAMPLES: tuple[Sample, ...] = (
    Sample("strong-one-column.pdf", DANA, sample_pdf.one_column, "PDF, one column, 2 pages",
           "dates right-aligned on the title line; overlapping roles; an internship; "
           "publications, talks and a GitHub link", "strong", "shortlist"),
    Sample("strong-two-column.pdf", ROWAN, sample_pdf.two_column,
           "PDF, left sidebar + main column",
           "contact, skills and education in a shaded sidebar beside the experience; PhD; "
           "a research assistantship that does not count", "strong", "shortlist"),
    Sample("strong-plain.docx", HARPER, sample_docx.plain, "DOCX, one column, Word styles",
           "Title/Heading styles and List Bullet paragraphs; 'Current', '2016–2019' and "
           "'Sr.' titles", "strong", "shortlist"),
    Sample("borderline-table-layout.docx", JORDAN, sample_docx.table_layout,
           "DOCX, borderless layout table",
           "dates in the left cell, role and bullets in the right cell; headings in bold "
           "capitals, not heading styles; bachelor only", "borderline", "review"),
    Sample("borderline-header-contact.docx", AVERY, sample_docx.header_contact,
           "DOCX, contact in the page header",
           "name, e-mail and phone only in section.header; a footer line; tab before the "
           "dates; overlapping bare-year role", "borderline", "review"),
    Sample("weak-junior.docx", CASEY, sample_docx.plain, "DOCX, one column, Word styles",
           "2 years of experience; an internship and a TA job excluded; an unfinished "
           "M.S. ('expected 2027') that must not count", "weak", "below bar"),
    Sample("weak-career-change.pdf", MORGAN, sample_pdf.one_column, "PDF, one column",
           "8 years of non-backend work (years alone are not enough); an associate degree "
           "and a bootcamp certificate", "weak", "below bar"),
    Sample("no-text-scan.pdf", None, sample_pdf.scanned, "PDF, one image, no text layer",
           "a scanned page: reading must fail with no-text, never score a weak candidate",
           "unreadable", "failed: no-text"),
)


def _index(ym: tuple[int, int]) -> int:
    return ym[0] * 12 + ym[1] - 1


def _years(months: set[int]) -> float:
    return round(len(months) / 12, 1)


def expected_facts(profile: Profile) -> dict:
    """The facts a correct reading of this profile gives, from its structured data."""
    worked: set[int] = set()
    senior: set[int] = set()
    for role in profile.roles:
        if not role.counts:
            continue
        span = set(range(_index(role.start), _index(role.end or AS_OF) + 1))
        worked |= span
        if SENIOR.search(role.title):
            senior |= span
    done = [d.level for d in profile.education if d.completed and d.level in LEVELS]
    return {
        "name": profile.name,
        "email": profile.email,
        "phone": profile.phone,
        "location": profile.location,
        "highest_degree": max(done, key=LEVELS.index, default="none"),
        "experience_years": _years(worked),
        "senior_years": _years(senior),
        "roles": [
            {"title": r.title, "start": f"{r.start[0]}-{r.start[1]:02d}",
             "end": None if r.end is None else f"{r.end[0]}-{r.end[1]:02d}",
             "counts": r.counts}
            for r in profile.roles
        ],
    }


def manifest() -> list[dict]:
    """One entry per sample file: what it exercises and the outcome it should get."""
    entries = []
    for s in SAMPLES:
        entry = {"file": s.file, "layout": s.layout, "exercises": s.exercises,
                 "strength": s.strength, "verdict": s.verdict}
        if s.profile is None:
            entry.update(status="failed", error="no-text")
        else:
            entry.update(status="screened", facts=expected_facts(s.profile))
        entries.append(entry)
    return entries


def generate(out: Path) -> list[Path]:
    """Write every sample and expected.json into `out`; return the sample paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in SAMPLES:
        path = out / s.file
        if s.profile is None:
            s.render(path)
        else:
            s.render(s.profile, path)
        paths.append(path)
    text = json.dumps({"as_of": "2026-11-01", "samples": manifest()}, indent=2,
                      ensure_ascii=False)
    (out / "expected.json").write_text(text + "\n", encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="directory to write into")
    args = parser.parse_args(argv)
    paths = generate(args.out)
    font = "DejaVu Sans" if sample_pdf.find_dejavu() else "core Helvetica (no DejaVu found)"
    print(f"wrote {len(paths)} samples and expected.json to {args.out} (PDF font: {font})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
