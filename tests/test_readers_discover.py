"""Finding the files to read, and telling formats apart by their bytes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from screener.readers import discover, sniff
from tests.builders import docx_bytes, raw_text_pdf, w_p

PDF = raw_text_pdf("Noor Abernethy, site reliability engineer since 2016.")


def _touch(path: Path, data: bytes = PDF) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_recurses_sorts_and_counts_skipped(tmp_path: Path) -> None:
    root = tmp_path / "in"
    b = _touch(root / "b.pdf")
    a = _touch(root / "sub" / "a.docx", b"x")
    legacy = _touch(root / "sub" / "deep" / "old.DOC", b"x")
    _touch(root / ".hidden.pdf")
    _touch(root / ".git" / "x.pdf")  # a hidden folder counts once, and is not entered
    _touch(root / "~$lock.docx")
    _touch(root / "notes.txt")
    _touch(root / "photo.png")
    found = discover([root])
    assert found.files == tuple(sorted([a, b, legacy]))
    assert found.skipped == 5
    assert found.missing == ()


def test_named_file_taken_whatever_its_extension(tmp_path: Path) -> None:
    odd = _touch(tmp_path / "resume.final.v2")
    hidden = _touch(tmp_path / ".secret.pdf")
    found = discover([odd, hidden])
    assert found.files == tuple(sorted([odd, hidden]))


def test_names_with_spaces_accents_and_cjk(tmp_path: Path) -> None:
    names = ["Zoë Brontë CV.pdf", "李小龍 履歷.docx", "résumé final.pdf"]
    paths = [_touch(tmp_path / n) for n in names]
    assert discover([tmp_path]).files == tuple(sorted(paths))


def test_duplicates_and_missing_paths(tmp_path: Path) -> None:
    one = _touch(tmp_path / "one.pdf")
    found = discover([tmp_path, one, tmp_path / "nope"])
    assert found.files == (one,)
    assert found.missing == (tmp_path / "nope",)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_symlink_loop_is_cut(tmp_path: Path) -> None:
    root = tmp_path / "r"
    one = _touch(root / "a" / "one.pdf")
    (root / "a" / "back").symlink_to(root, target_is_directory=True)
    (root / "self").symlink_to(root / "a", target_is_directory=True)
    found = discover([root])
    assert one in found.files
    assert len(found.files) == 1


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (PDF, "pdf"),
        (b"\xef\xbb\xbf  junk\n" + PDF, "pdf"),
        (docx_bytes(w_p("Text of a real document body.")), "docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "ole2"),
        (b"PK\x03\x04" + b"\x00" * 100, "unknown"),
        (b"<html><body>CV</body></html>", "unknown"),
        (b"", "unknown"),
    ],
    ids=["pdf", "pdf-after-junk", "docx", "ole2", "broken-zip", "html", "empty"],
)
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff(data) == kind
