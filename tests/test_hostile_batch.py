"""A folder of hostile files screened as one batch: each listed once, with its code, and the batch goes on.

The per-file cases live in test_readers_hostile.py; here they run together through the
CLI and its isolated workers, beside a good résumé, under the real time and memory limits.
Time is bounded by the product itself: a file that hung would come back as `timeout`,
which no case expects.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from screener.cli import screen_app
from tests.support import AS_OF, STRONG_LINES, assert_valid_report, make_pdf
from tests.test_readers_hostile import CASES

ROOT = Path(__file__).resolve().parent.parent


def test_hostile_folder_gives_one_record_per_file_with_its_code(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    expected: dict[str, set[str]] = {}
    for name, filename, make, codes, max_bytes in CASES:
        if max_bytes < (20 << 20):
            continue  # needs a lowered size cap; covered one by one in test_readers_hostile
        target = folder / f"{len(expected):02d}-{filename}"
        target.write_bytes(make(tmp_path))
        expected[target.name] = codes
    make_pdf(folder / "zz-good résumé.pdf", STRONG_LINES)

    out = tmp_path / "report.json"
    result = CliRunner().invoke(
        screen_app,
        [str(folder), "--rubric", str(ROOT / "rubric.yaml"), "--as-of", AS_OF, "--json", str(out),
         "--jobs", "2", "--timeout", "20", "--no-cache", "--quiet"],
    )
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert_valid_report(report)
    records = {Path(c["file"]).name: c for c in report["candidates"]}
    assert len(records) == len(report["candidates"])  # each file once
    # .doc files are taken too, so a legacy Word file gets its own clear answer.
    assert set(records) == set(expected) | {"zz-good résumé.pdf"}
    for name, codes in expected.items():
        record = records[name]
        assert record["status"] == "failed", name
        assert record["error"]["code"] in codes, (name, record["error"])
        assert record["error"]["message"], name
    assert records["zz-good résumé.pdf"]["status"] == "screened"
