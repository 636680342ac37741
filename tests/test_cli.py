"""The command line through Typer's CliRunner: one test per exit status, outputs checked whole."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener import __version__
from screener.cli import screen_app, screener_app
from screener.reports import OutputFormat
from tests.support import AS_OF, assert_valid_report

ROOT = Path(__file__).resolve().parent.parent
RUBRIC = ROOT / "rubric.yaml"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def _screen(runner: CliRunner, *args: str):
    return runner.invoke(screen_app, [*args, "--as-of", AS_OF, "--rubric", str(RUBRIC)])


def test_help_lists_every_option(runner: CliRunner) -> None:
    result = runner.invoke(screen_app, ["--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for option in ("--rubric", "--json", "--csv", "--format", "--as-of", "--top", "--quiet",
                   "--verbose", "--version", "--jobs", "--no-cache", "--timeout", "--details"):
        assert option in result.output, option


def test_readme_documents_exactly_the_options_help_shows(runner: CliRunner) -> None:
    shown = set(re.findall(r"(--[a-z][a-z-]+)", runner.invoke(
        screen_app, ["--help"], env={"COLUMNS": "200"}).output)) - {"--help"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `(--[a-z-]+)", readme, flags=re.M))
    assert shown == table


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(screen_app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"screener {__version__}"


def test_screen_folder_writes_a_valid_report_with_every_file_once(
    runner: CliRunner, resume_folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "r.json"
    result = _screen(runner, str(resume_folder), "--json", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert_valid_report(report)
    files = sorted(Path(c["file"]).name for c in report["candidates"])
    assert files == ["avery quill.pdf", "empty.pdf", "robin-vale.docx"]
    by_name = {Path(c["file"]).name: c for c in report["candidates"]}
    assert by_name["empty.pdf"]["error"]["code"] == "empty"
    assert report["summary"] == {"files": 3, "screened": 2, "failed": 1}
    strong, weak = by_name["avery quill.pdf"], by_name["robin-vale.docx"]
    assert strong["candidate"]["name"] == "Avery Quill"
    assert strong["score"] > weak["score"]
    assert strong["rank"] == 1 and weak["rank"] == 2
    # The table on stdout names both candidates and the failure.
    assert "Avery Quill" in result.stdout and "Robin Vale" in result.stdout
    assert "empty" in result.stdout


@pytest.mark.parametrize("output_format", list(OutputFormat))
def test_every_output_format_writes_to_stdout(runner: CliRunner, resume_folder: Path,
                                              output_format: OutputFormat) -> None:
    result = _screen(runner, str(resume_folder), "--format", output_format.value, "--quiet")
    assert result.exit_code == 0, result.output
    assert "robin-vale.docx" in result.stdout or "Robin Vale" in result.stdout, result.stdout


def test_report_files_get_the_usual_file_mode(runner: CliRunner, resume_folder: Path,
                                              tmp_path: Path) -> None:
    import os

    out = tmp_path / "r.json"
    assert _screen(runner, str(resume_folder), "--json", str(out), "--quiet").exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".r.json")]  # no temp left


def test_format_json_goes_to_stdout_and_parses(runner: CliRunner, resume_folder: Path) -> None:
    result = _screen(runner, str(resume_folder), "--format", "json", "--quiet")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert_valid_report(report)
    assert report["as_of"] == AS_OF


def test_format_jsonl_streams_one_candidate_per_line(runner: CliRunner, resume_folder: Path) -> None:
    result = _screen(runner, str(resume_folder), "--format", "jsonl", "--quiet")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(Path(r["file"]).name for r in records) == [
        "avery quill.pdf", "empty.pdf", "robin-vale.docx"]
    # Each line is the report's candidate in full (not the slimmer copy the terminal
    # keeps), with a rank of null: the rank is only known once the batch is done.
    report = json.loads(_screen(runner, str(resume_folder), "--format", "json", "--quiet").stdout)
    in_report = {c["file"]: c | {"rank": None} for c in report["candidates"]}
    assert {r["file"]: r for r in records} == in_report
    screened = next(r for r in records if r["status"] == "screened")
    assert screened["facts"]["skills"] and screened["facts"]["sections"]


def test_csv_has_one_row_per_file_and_a_column_per_criterion(
    runner: CliRunner, resume_folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "r.csv"
    result = _screen(runner, str(resume_folder), "--csv", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 3
    assert "kubernetes" in " ".join(rows[0]).lower()


def test_verbose_names_each_file_and_its_result_on_stderr(runner: CliRunner,
                                                         resume_folder: Path) -> None:
    result = _screen(runner, str(resume_folder), "--format", "json", "--verbose")
    assert result.exit_code == 0, result.output
    assert re.search(r"empty\.pdf: failed empty", result.stderr)
    assert re.search(r"robin-vale\.docx: screened \d+\.\d ", result.stderr)
    json.loads(result.stdout)  # stdout stays clean JSON


def test_no_resumes_found_exits_4(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    result = _screen(runner, str(tmp_path))
    assert result.exit_code == 4, result.output
    assert "no PDF or DOCX" in result.output


def test_a_named_file_that_is_missing_gets_its_own_failed_record(
    runner: CliRunner, resume_folder: Path
) -> None:
    result = _screen(runner, str(resume_folder / "robin-vale.docx"),
                     str(resume_folder / "typo.pdf"), "--format", "json", "--quiet")
    assert result.exit_code == 0, result.output
    records = {Path(c["file"]).name: c for c in json.loads(result.stdout)["candidates"]}
    assert records["typo.pdf"]["error"]["code"] == "unreadable"
    assert records["robin-vale.docx"]["status"] == "screened"


def test_only_missing_paths_exit_4_naming_them(runner: CliRunner, tmp_path: Path) -> None:
    result = _screen(runner, str(tmp_path / "nowhere"))
    assert result.exit_code == 4, result.output
    assert "nowhere" in result.output and "no such file" in result.output


def test_bad_rubric_exits_3_with_file_and_line(runner: CliRunner, resume_folder: Path,
                                               tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: X\ncriteria:\n  - id: a\n    label: A\n    kind: nonsense\n    weight: 1\n",
                   encoding="utf-8")
    result = runner.invoke(screen_app, [str(resume_folder), "--rubric", str(bad), "--as-of", AS_OF])
    assert result.exit_code == 3, result.output
    assert re.search(r"bad\.yaml:\d+:", result.output), result.output
    assert "Traceback" not in result.output


def test_bad_as_of_is_a_usage_error(runner: CliRunner, resume_folder: Path) -> None:
    result = runner.invoke(screen_app, [str(resume_folder), "--as-of", "last week"])
    assert result.exit_code == 2


def test_interrupt_exits_130(runner: CliRunner, resume_folder: Path, monkeypatch) -> None:
    import screener.app

    def interrupted(request):
        raise KeyboardInterrupt

    monkeypatch.setattr(screener.app, "run_screen", interrupted)
    result = _screen(runner, str(resume_folder))
    assert result.exit_code == 130


def test_rubric_check_lists_criteria(runner: CliRunner) -> None:
    result = runner.invoke(screener_app, ["rubric", "check", str(RUBRIC)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "kubernetes" in result.output.lower()


def test_parse_shows_what_was_read(runner: CliRunner, resume_folder: Path) -> None:
    result = runner.invoke(
        screener_app, ["parse", str(resume_folder / "avery quill.pdf"), "--as-of", AS_OF, "--json"]
    )
    assert result.exit_code == 0, result.output
    parsed = json.loads(result.stdout)
    assert parsed["contact"]["email"] == "avery.quill@example.com"
    assert parsed["facts"]["highest_degree"] == "master"


def test_parse_of_an_unreadable_file_exits_1(runner: CliRunner, resume_folder: Path) -> None:
    result = runner.invoke(screener_app, ["parse", str(resume_folder / "empty.pdf")])
    assert result.exit_code == 1
    assert "empty" in result.output


def test_second_run_uses_the_cache_and_gives_the_same_report(
    runner: CliRunner, resume_folder: Path
) -> None:
    first = _screen(runner, str(resume_folder), "--format", "json", "--quiet")
    second = _screen(runner, str(resume_folder), "--format", "json", "--quiet")
    uncached = _screen(runner, str(resume_folder), "--format", "json", "--quiet", "--no-cache")
    assert first.exit_code == second.exit_code == uncached.exit_code == 0
    assert json.loads(first.stdout) == json.loads(second.stdout) == json.loads(uncached.stdout)


def test_cache_clear(runner: CliRunner, resume_folder: Path) -> None:
    _screen(runner, str(resume_folder), "--quiet")
    result = runner.invoke(screener_app, ["cache", "clear"])
    assert result.exit_code == 0
    assert re.search(r"removed [1-9]\d* cache entries", result.output), result.output


def test_checklists_show_the_evidence_lines_and_reasons(
    runner: CliRunner, resume_folder: Path
) -> None:
    # The batch holds light outcomes; the checklists read their evidence back (Batch.full).
    result = _screen(runner, str(resume_folder), "--quiet", "--no-cache")
    assert result.exit_code == 0, result.output
    panel = result.stdout.split("╰─")[0]  # the best candidate's checklist
    assert "#1 Avery Quill" in panel
    assert re.search(r"\d+:\d+ .*Kubernetes", panel), panel  # page:line and the line itself
    assert "none found" in panel or "none named" in panel  # an unmet check says why
