"""Fixtures shared by the end-to-end tests: a small folder of résumés made in code."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import STRONG_LINES, WEAK_LINES, make_docx, make_pdf


@pytest.fixture()
def resume_folder(tmp_path: Path) -> Path:
    """Two readable résumés (PDF and DOCX), an empty file, a non-résumé and a hidden file."""
    folder = tmp_path / "resumes"
    folder.mkdir()
    make_pdf(folder / "avery quill.pdf", STRONG_LINES)
    make_docx(folder / "robin-vale.docx", WEAK_LINES)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.txt").write_text("not a résumé", encoding="utf-8")
    (folder / ".hidden.pdf").write_bytes(b"%PDF-1.4 junk")
    return folder


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests never touch the user's real cache directory.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
