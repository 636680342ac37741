"""The JSON report for samples/ compared whole against a committed golden file.

Any change in what is read, understood or scored shows up here as a diff to review.
Regenerate only on purpose: SCREENER_REGENERATE_GOLDEN=1 pytest tests/test_golden_samples.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli import screen_app
from tests.support import AS_OF, assert_valid_report

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "samples-report.json"


def _report(monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.chdir(ROOT)  # relative paths in the report, the same on every machine
    result = CliRunner().invoke(
        screen_app,
        ["samples", "--rubric", "rubric.yaml", "--as-of", AS_OF, "--format", "json", "--quiet",
         "--no-cache"],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_samples_report_matches_the_golden_file(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _report(monkeypatch)
    assert_valid_report(report)
    if os.environ.get("SCREENER_REGENERATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    # The tool version is the only field allowed to move without regenerating.
    golden["tool"]["version"] = report["tool"]["version"]
    assert report == golden


def test_every_sample_is_in_the_report_once(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _report(monkeypatch)
    on_disk = sorted(p.name for p in (ROOT / "samples").iterdir()
                     if p.suffix in {".pdf", ".docx"})
    assert sorted(Path(c["file"]).name for c in report["candidates"]) == on_disk


def test_the_report_does_not_depend_on_string_hashing() -> None:
    """Two interpreters with different hash seeds: any order taken from a set would differ."""
    import subprocess
    import sys

    outputs = set()
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "screener", "samples", "--rubric", "rubric.yaml", "--as-of",
             AS_OF, "--format", "json", "--quiet", "--no-cache"],
            cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True,
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
