"""bench/generate.py: same seed, same files; every file distinct; half PDF, half DOCX; readable."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from tests.support import load_bench_module


gen = load_bench_module("bench_generate", "generate.py")


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(path)
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    parts += [p.text for p in document.sections[0].header.paragraphs]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def six(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("six")
    gen.generate(6, 11, out, jobs=1)
    return out


def test_same_seed_gives_the_same_bytes(six, tmp_path):
    gen.generate(6, 11, tmp_path, jobs=1)
    assert _digests(tmp_path) == _digests(six)


def test_a_file_does_not_depend_on_which_worker_made_it():
    # Each file depends only on (seed, index), which is what makes --jobs safe.
    assert gen.render(11, 4) == gen.render(11, 4)
    assert gen.render(11, 5)[1] == gen.render(11, 5)[1]


def test_another_seed_gives_other_files(six, tmp_path):
    gen.generate(6, 12, tmp_path, jobs=1)
    assert set(_digests(tmp_path).values()).isdisjoint(_digests(six).values())


def test_files_are_distinct(six):
    digests = _digests(six)
    assert len(set(digests.values())) == 6
    texts = {_text(p) for p in six.iterdir()}
    assert len(texts) == 6


def test_half_pdf_half_docx(six):
    suffixes = sorted(p.suffix for p in six.iterdir())
    assert suffixes == [".docx"] * 3 + [".pdf"] * 3


def test_every_file_opens_and_says_what_its_model_says(six):
    model = sys.modules["resume_model"]
    for path in six.iterdir():
        index = int(path.name[:5])
        r = model.make_resume(11, index, path.suffix[1:])
        text = _text(path)
        assert r.email in text, path.name
        assert r.headings[1].lower() in text.lower(), path.name
        assert r.roles[0].title in text, path.name


def test_layouts_and_lengths_vary():
    model = sys.modules["resume_model"]
    drawn = [model.make_resume(3, i, "pdf" if i % 2 == 0 else "docx") for i in range(120)]
    assert {r.layout for r in drawn} == {"one", "two", "plain", "table", "header"}
    assert {r.long for r in drawn} == {True, False}
    assert len({len(r.roles) for r in drawn}) >= 4
    assert {r.caps for r in drawn} == {True, False}
    assert any(not role.counts for r in drawn for role in r.roles)  # some internships


def test_docx_styles_are_word_styles(tmp_path):
    import docx

    model = sys.modules["resume_model"]
    index = next(i for i in range(1, 200, 2) if not model.make_resume(11, i, "docx").caps)
    name, data = gen.render(11, index)
    path = tmp_path / name
    path.write_bytes(data)
    styles = {p.style.name for p in docx.Document(str(path)).paragraphs}
    assert {"Heading 1", "List Bullet"} <= styles


def _ym(year: int, month: int) -> int:
    return year * 12 + month - 1


@pytest.mark.parametrize(
    ("years_only", "roles", "years", "senior"),
    [
        # Mar 2019 – Present (as of Nov 2026): 93 months, senior.
        (False, [("Senior Engineer", _ym(2019, 3), None, True)], 7.8, 7.8),
        # "2015 – 2019" reads as Jan 2015 – Dec 2019, whatever month the model drew.
        (True, [("Software Engineer", _ym(2015, 6), _ym(2019, 2), True)], 5.0, 0.0),
        # Overlaps count once; internships not at all.
        (False, [("Lead Engineer", _ym(2020, 1), _ym(2021, 12), True),
                 ("Engineer", _ym(2021, 1), _ym(2022, 12), True),
                 ("Software Engineer Intern", _ym(2018, 6), _ym(2018, 8), False)], 3.0, 2.0),
    ],
)
def test_expected_facts_follow_the_labelling_conventions(years_only, roles, years, senior):
    import dataclasses

    model = sys.modules["resume_model"]
    base = model.make_resume(1, 0, "pdf")
    made = tuple(model.Role(t, "Org", "Place", "dates", (), s, e, counts)
                 for t, s, e, counts in roles)
    r = dataclasses.replace(base, roles=made, years_only=years_only)
    facts = model.expected_facts(r)
    assert facts["experience_years"] == years
    assert facts["senior_years"] == senior
