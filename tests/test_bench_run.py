"""bench/run.py: it finds our `screen` (never GNU screen), times commands, checks facts."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

from tests.support import BENCH, load_bench_module


run = load_bench_module("bench_run", "run.py")
model = sys.modules["resume_model"]


def _script(tmp_path: Path, name: str, output: str) -> str:
    path = tmp_path / name
    path.write_text(f"#!/bin/sh\necho '{output}'\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def test_gnu_screen_is_never_taken_for_ours(tmp_path):
    gnu = _script(tmp_path, "screen", "Screen version 4.09.00 (GNU) 30-Jan-22")
    assert run.find_screen(gnu) is None


def test_our_screen_is_found_by_its_version(tmp_path):
    ours = _script(tmp_path, "screen", "screener 0.1.0")
    assert run.find_screen(ours) == ours


def test_timed_reports_exit_code_wall_and_cpu():
    result = run.timed([sys.executable, "-c", "import sys; sys.exit(3)"])
    assert result["exit"] == 3
    assert result["wall"] > 0 and result["cpu"] >= 0 and result["rss_mb"] > 1


def _candidate(index: int, fmt: str, **changes) -> dict:
    want = model.expected_facts(model.make_resume(5, index, fmt))
    facts = {k: want[k] for k in ("highest_degree", "experience_years", "senior_years")}
    candidate = {"name": want["name"], "email": want["email"]}
    for key, value in changes.items():
        (candidate if key in candidate else facts)[key] = value
    return {"file": f"x/{index:05d}-someone.{fmt}", "status": "screened",
            "candidate": candidate, "facts": facts}


def test_check_facts_counts_matches_and_lists_misses(tmp_path):
    report = tmp_path / "report.json"
    candidates = [_candidate(0, "pdf"), _candidate(1, "docx"),
                  _candidate(2, "pdf", name="San Diego", experience_years=0.5)]
    report.write_text(json.dumps({"candidates": candidates}))
    lines = run.check_facts(report, 5, misses=10)
    assert "name 66.7%" in lines[0] and "email 100.0%" in lines[0]
    assert "years ±0.5 66.7%" in lines[0]
    assert any("00002" in line and "San Diego" in line for line in lines[1:])
    assert len(lines) == 3


def test_check_facts_without_a_report(tmp_path):
    assert run.check_facts(tmp_path / "missing.json", 1) == ["no report to check facts against"]


def test_the_cache_marker_stays_outside_the_folder_screen_reads(tmp_path, monkeypatch):
    monkeypatch.setattr(run, "HERE", tmp_path)
    folder = run.ensure_set(4, 9, 1)
    assert sorted(p.suffix for p in folder.iterdir()) == [".docx", ".docx", ".pdf", ".pdf"]
    assert (tmp_path / "out" / f"{folder.name}.done").is_file()
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert run.ensure_set(4, 9, 1) == folder  # reused, not regenerated
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before
    assert os.path.commonpath([folder, tmp_path]) == str(tmp_path)


snapshot = load_bench_module("bench_snapshot", "snapshot.py")
stages = load_bench_module("bench_stages", "stages.py")


def test_snapshot_names_the_records_and_fields_that_differ():
    before = [json.dumps({"file": "a.pdf", "score": 1}), json.dumps({"file": "b.pdf", "score": 2})]
    after = [before[0], json.dumps({"file": "b.pdf", "score": 3})]
    assert snapshot.differences(before, before) == []
    assert snapshot.differences(before, after) == ["1 of 2 records differ", "b.pdf: score"]
    assert snapshot.differences(before, after[:1]) == ["2 records before, 1 after"]


def test_stages_times_every_stage_of_every_document():
    from screener.rubric import load_rubric

    root = BENCH.parent
    paths = [root / "samples" / "strong-two-column.pdf", root / "samples" / "strong-plain.docx"]
    spent = stages.one_pass(paths, load_rubric(root / "rubric.yaml"))
    assert set(spent) == {"read_pdf", "read_docx", "facts", "evaluate", "trim", "record", "pickle"}
    assert spent["read_pdf"] > 0 and spent["read_docx"] > 0 and spent["facts"] > 0
