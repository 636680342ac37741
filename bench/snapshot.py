"""Check that a change meant only for speed leaves every JSON record byte for byte the same.

    .venv/bin/python bench/snapshot.py FOLDER... --write before.jsonl     # before the change
    .venv/bin/python bench/snapshot.py FOLDER... --compare before.jsonl   # after it

Screens every PDF and DOCX under the folders in this process, as of 2026-11-01, with the
project's rubric and every piece of evidence kept (--details), and writes one record per
line. --compare prints how many records differ and, for the first few, which fields; it
exits 1 if any does. Good folders: samples/, a generated set in bench/out/, and any real
résumés you may keep outside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def records(folders: list[Path]) -> list[str]:
    from screener.pipeline import ScreenOptions, screen_file
    from screener.readers import discover
    from screener.reports.json_report import record_text
    from screener.rubric import load_rubric

    rubric = load_rubric(ROOT / "rubric.yaml")
    options = ScreenOptions(as_of=date(2026, 11, 1), evidence_limit=None)
    found = discover(folders)
    return [record_text(screen_file(path, rubric, options)) for path in found.files]


def differences(before: list[str], after: list[str], shown: int = 5) -> list[str]:
    """Lines describing the records that differ (by position), at most `shown` in detail."""
    if len(before) != len(after):
        return [f"{len(before)} records before, {len(after)} after"]
    out = []
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    for a, b in changed[:shown]:
        old, new = json.loads(a), json.loads(b)
        fields = [key for key in old.keys() | new.keys() if old.get(key) != new.get(key)]
        out.append(f"{old.get('file')}: {', '.join(sorted(fields))}")
    if changed:
        out.insert(0, f"{len(changed)} of {len(before)} records differ")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="write the records here")
    action.add_argument("--compare", type=Path, help="compare with records written before")
    args = parser.parse_args(argv)
    now = records(args.folders)
    if args.write:
        args.write.write_text("".join(r + "\n" for r in now), encoding="utf-8")
        print(f"{len(now)} records written to {args.write}")
        return 0
    before = args.compare.read_text(encoding="utf-8").splitlines()
    found = differences(before, now)
    print("\n".join(found) if found else f"{len(now)} records, none differ")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
