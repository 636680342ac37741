"""The committed samples/ match what samples/generate.py says they are.

These tests read the committed files; they never need the generator's font to be present.
One test regenerates into a temporary directory and compares names and words, not bytes:
another machine may lack DejaVu and fall back to Helvetica, which wraps lines differently.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _load_generator():
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
FILES = [s.file for s in gen.SAMPLES]


def _pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return "\n".join(parts)


def _text(path: Path) -> str:
    return _pdf_text(path) if path.suffix == ".pdf" else _docx_text(path)


def _words(text: str) -> list[str]:
    return re.findall(r"\S+", text)


def test_every_manifest_file_is_committed():
    missing = [name for name in FILES if not (SAMPLES / name).is_file()]
    assert not missing, missing


def test_no_stray_sample_files():
    on_disk = {p.name for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".docx")}
    assert on_disk == set(FILES)


def test_manifest_covers_the_brief():
    layouts = " ".join(s.layout for s in gen.SAMPLES)
    for needed in ("one column", "sidebar", "layout table", "page header", "no text layer"):
        assert needed in layouts, needed
    assert {s.strength for s in gen.SAMPLES} == {"strong", "borderline", "weak", "unreadable"}
    assert {Path(f).suffix for f in FILES} == {".pdf", ".docx"}


def test_expected_json_matches_the_generator():
    committed = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    assert committed == {"as_of": "2026-11-01", "samples": gen.manifest()}


def test_readme_describes_every_sample():
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    missing = [name for name in FILES if name not in readme]
    assert not missing, missing


@pytest.mark.parametrize("name", [f for f in FILES if f.endswith(".pdf")])
def test_pdf_opens_with_pdfium(name):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(SAMPLES / name)
    try:
        assert len(pdf) >= 1
    finally:
        pdf.close()


@pytest.mark.parametrize("name", [f for f in FILES if f.endswith(".docx")])
def test_docx_opens_with_python_docx(name):
    assert _docx_text(SAMPLES / name).strip()


def test_scan_has_no_text_layer():
    assert _pdf_text(SAMPLES / "no-text-scan.pdf").strip() == ""


@pytest.mark.parametrize("sample", [s for s in gen.SAMPLES if s.profile], ids=lambda s: s.file)
def test_sample_text_states_its_contact_and_dates(sample):
    text = _text(SAMPLES / sample.file)
    flat = " ".join(_words(text))
    profile = sample.profile
    assert profile.email in flat
    assert profile.name in flat
    for role in profile.roles:
        assert role.dates in flat, role.dates


def test_header_sample_keeps_contact_out_of_the_body():
    import docx

    document = docx.Document(str(SAMPLES / "borderline-header-contact.docx"))
    body = "\n".join(p.text for p in document.paragraphs)
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert "avery.lindqvist@example.com" in header
    assert "@" not in body


def test_table_sample_puts_dates_and_roles_in_separate_cells():
    import docx

    document = docx.Document(str(SAMPLES / "borderline-table-layout.docx"))
    first = document.tables[0].rows[0].cells
    assert first[0].paragraphs[0].text == "Apr 2023 – Present"
    assert first[1].paragraphs[0].text == "Senior Backend Engineer"


def test_pdf_metadata_has_the_fixed_creation_date():
    data = (SAMPLES / "strong-one-column.pdf").read_bytes()
    assert b"/CreationDate (D:20260115090000" in data


# Table-driven: the expected facts follow the labelling conventions.
@pytest.mark.parametrize(
    ("file", "degree", "years", "senior"),
    [
        ("strong-one-column.pdf", "master", 14.2, 11.9),
        ("strong-two-column.pdf", "doctorate", 12.2, 12.2),
        ("weak-junior.docx", "bachelor", 2.5, 0.0),
        ("weak-career-change.pdf", "associate", 8.5, 0.0),
    ],
)
def test_expected_facts(file, degree, years, senior):
    entry = next(e for e in gen.manifest() if e["file"] == file)
    assert entry["facts"]["highest_degree"] == degree
    assert entry["facts"]["experience_years"] == years
    assert entry["facts"]["senior_years"] == senior


def test_generator_regenerates_the_same_files(tmp_path):
    paths = gen.generate(tmp_path)
    assert sorted(p.name for p in paths) == sorted(FILES)
    for path in paths:
        committed = SAMPLES / path.name
        assert _words(_text(path)) == _words(_text(committed)), path.name
    # DOCX output does not depend on fonts, so it must be byte-identical.
    for path in paths:
        if path.suffix == ".docx":
            assert path.read_bytes() == (SAMPLES / path.name).read_bytes(), path.name


def test_generator_is_deterministic(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for a, b in zip(gen.generate(first), gen.generate(second)):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_docx_zip_members_have_fixed_timestamps():
    import zipfile

    data = (SAMPLES / "strong-plain.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert {info.date_time for info in z.infolist()} == {gen.sample_docx.ZIP_TIME}


# --------------------------------------------------------------------------- end to end
# The whole tool on the samples, through the JSON report (the stable contract), compared
# with expected.json. Known gaps are xfail (not strict) with the cause, to drop once fixed.

KNOWN_GAPS: dict[tuple[str, str], str] = {
    # (file, "roles"): "why it fails", while a general fix is under way.
}


@pytest.fixture(scope="module")
def screened(tmp_path_factory) -> dict[str, dict]:
    import subprocess

    out = tmp_path_factory.mktemp("report") / "report.json"
    done = subprocess.run(
        [sys.executable, "-m", "screener", str(SAMPLES), "--as-of", "2026-11-01", "--no-cache",
         "--json", str(out), "--format", "json", "--quiet"],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    return {Path(c["file"]).name: c for c in report["candidates"]}


def _expected(file: str) -> dict:
    return next(e for e in gen.manifest() if e["file"] == file)


def _gap(request, file: str, aspect: str) -> None:
    reason = KNOWN_GAPS.get((file, aspect))
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=False))


def test_every_sample_is_in_the_report_once(screened):
    assert sorted(screened) == sorted(FILES)


@pytest.mark.parametrize("file", FILES)
def test_status_and_verdict(screened, file):
    got, want = screened[file], _expected(file)
    assert got["status"] == want["status"], got.get("error")
    if want["status"] == "failed":
        assert got["error"]["code"] == want["error"]
        assert got["score"] is None and got["verdict"] is None
    else:
        assert got["verdict"] == want["verdict"], (got["score"], got["verdict"])


@pytest.mark.parametrize("file", [s.file for s in gen.SAMPLES if s.profile])
def test_contact(screened, file):
    got, want = screened[file]["candidate"], _expected(file)["facts"]
    for key in ("name", "email", "phone", "location"):
        assert got[key] == want[key], key


@pytest.mark.parametrize("file", [s.file for s in gen.SAMPLES if s.profile])
def test_degree_and_years(request, screened, file):
    _gap(request, file, "roles")
    got, want = screened[file]["facts"], _expected(file)["facts"]
    assert got["highest_degree"] == want["highest_degree"]
    assert got["experience_years"] == pytest.approx(want["experience_years"], abs=0.2)
    assert got["senior_years"] == pytest.approx(want["senior_years"], abs=0.2)


@pytest.mark.parametrize("file", [s.file for s in gen.SAMPLES if s.profile])
def test_roles(request, screened, file):
    _gap(request, file, "roles")
    got = {(r["start"], r["end"]): r for r in screened[file]["facts"]["roles"]}
    for role in _expected(file)["facts"]["roles"]:
        found = got.get((role["start"], role["end"]))
        assert found is not None, role
        assert found["counts"] == role["counts"], (role, found)
