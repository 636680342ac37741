"""Hostile and broken input: each file gives its stable error code, fast, with no stray exception.

Every file is built here, in code, at modest sizes so the suite stays quick; the limits
are scaled down through `max_bytes` where a real attack would be larger.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from screener.errors import ReadError
from screener.readers import LEGACY_MESSAGE, read_document
from tests.builders import (
    deep_nesting_pdf,
    docx_bytes,
    flate_bomb_pdf,
    page_tree_loop_pdf,
    pdf_encrypted,
    raw_text_pdf,
    w_p,
    zip_bomb_docx,
)

SECRET = "TOP-SECRET-MARKER-7731"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
TEXT = "Jamie Corran, platform engineer at Wexford Rail since 2017, Go and Python."


def _xxe(tmp: Path) -> bytes:
    secret = tmp / "secret.txt"
    secret.write_text(SECRET)
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&x; " + TEXT + "</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    return docx_bytes("", document_xml=doc)


def _laughs(_tmp: Path) -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{"&a%d;" % (i - 1) * 10}">' for i in range(1, 10)
    )
    doc = (
        f'<?xml version="1.0"?><!DOCTYPE d [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    return docx_bytes("", document_xml=doc)


def _many_members(_tmp: Path) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<x/>")
        for i in range(2500):
            archive.writestr(f"word/media/{i}.bin", b"")
    return out.getvalue()


def _plain_zip(_tmp: Path) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", TEXT)
    return out.getvalue()


def _truncated_docx(_tmp: Path) -> bytes:
    data = docx_bytes(w_p(TEXT))
    return data[: len(data) // 2]


def _truncated_pdf(_tmp: Path) -> bytes:
    return b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"


def _bad_xml_docx(_tmp: Path) -> bytes:
    return docx_bytes("", document_xml=b"<w:document><w:body><w:p>")


def _deep_xml_docx(_tmp: Path) -> bytes:
    depth = 5000
    inner = "<w:sdt><w:sdtContent>" * depth + "</w:sdtContent></w:sdt>" * depth
    doc = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{inner}<w:p><w:r><w:t>{TEXT}</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    return docx_bytes("", document_xml=doc)


def _encrypted_pdf(tmp: Path) -> bytes:
    return pdf_encrypted(tmp / "locked-source.pdf", [TEXT]).read_bytes()


def _pdf_header_then_garbage(_tmp: Path) -> bytes:
    return b"%PDF-1.4\n" + os.urandom(4096)


# (name, file name, bytes maker, expected codes, max_bytes)
CASES: list[tuple[str, str, Callable[[Path], bytes], set[str], int]] = [
    ("empty", "empty.pdf", lambda _t: b"", {"empty"}, 20 << 20),
    ("random bytes", "random.pdf", lambda _t: os.urandom(4096), {"unsupported"}, 20 << 20),
    ("text file named pdf", "notes.pdf", lambda _t: TEXT.encode(), {"unsupported"}, 20 << 20),
    ("ole2 legacy doc", "old.doc", lambda _t: OLE2, {"unsupported"}, 20 << 20),
    ("ole2 named docx", "locked.docx", lambda _t: OLE2, {"unsupported"}, 20 << 20),
    ("plain zip", "archive.docx", _plain_zip, {"unsupported"}, 20 << 20),
    ("encrypted pdf", "locked.pdf", _encrypted_pdf, {"encrypted"}, 20 << 20),
    ("truncated pdf", "cut.pdf", _truncated_pdf, {"corrupt"}, 20 << 20),
    ("pdf header then garbage", "noise.pdf", _pdf_header_then_garbage, {"corrupt"}, 20 << 20),
    ("truncated docx", "cut.docx", _truncated_docx, {"corrupt"}, 20 << 20),
    ("malformed xml", "bad.docx", _bad_xml_docx, {"corrupt"}, 20 << 20),
    ("flate bomb", "bomb.pdf", lambda _t: flate_bomb_pdf(64 << 20), {"too-large"}, 1 << 20),
    ("page tree loop", "loop.pdf", lambda _t: page_tree_loop_pdf(), {"corrupt"}, 20 << 20),
    ("deep nesting", "deep.pdf", lambda _t: deep_nesting_pdf(100_000), {"corrupt", "no-text"}, 20 << 20),
    ("zip bomb", "bomb.docx", lambda _t: zip_bomb_docx(64 << 20), {"too-large"}, 20 << 20),
    ("too many zip members", "many.docx", _many_members, {"too-large"}, 20 << 20),
    ("deep xml nesting", "deep.docx", _deep_xml_docx, {"corrupt"}, 20 << 20),
    ("xxe", "xxe.docx", _xxe, {"corrupt"}, 20 << 20),
    ("billion laughs", "laughs.docx", _laughs, {"corrupt"}, 20 << 20),
    ("over the size cap", "big.pdf", lambda _t: raw_text_pdf(TEXT) + b" " * 4096, {"too-large"}, 1024),
]


@pytest.mark.parametrize(("name", "filename", "make", "codes", "max_bytes"), CASES, ids=[c[0] for c in CASES])
def test_hostile_file_gives_its_code(
    tmp_path: Path, name: str, filename: str, make: Callable[[Path], bytes], codes: set[str], max_bytes: int
) -> None:
    path = tmp_path / filename
    path.write_bytes(make(tmp_path))
    with pytest.raises(ReadError) as caught:
        read_document(path, max_bytes=max_bytes)
    assert caught.value.code in codes, (name, caught.value.code, caught.value.detail)
    detail = caught.value.detail
    # A class name (or two joined by "/"), never a library's message.
    assert detail is None or re.fullmatch(r"[A-Za-z0-9_]+(/[A-Za-z0-9_]+)?", detail), detail
    assert SECRET not in str(caught.value) and SECRET not in (detail or "")


def test_legacy_doc_message_tells_what_to_ask_for(tmp_path: Path) -> None:
    path = tmp_path / "cv.doc"
    path.write_bytes(OLE2)
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert caught.value.message == LEGACY_MESSAGE


def test_pdf_named_docx_is_read_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "renamed.docx"
    path.write_bytes(raw_text_pdf(TEXT))
    document = read_document(path)
    assert document.format == "pdf" and document.lines[0].text == TEXT


def test_pdf_with_junk_before_header_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"\x00" * 100 + raw_text_pdf(TEXT))
    assert read_document(path).lines[0].text == TEXT


def test_small_flate_stream_is_not_a_bomb(tmp_path: Path) -> None:
    # A legitimate document under the same tight cap the bomb test uses.
    path = tmp_path / "fine.pdf"
    path.write_bytes(raw_text_pdf(TEXT))
    assert read_document(path, max_bytes=1 << 20).lines[0].text == TEXT


def test_pypdf_fallback_reads_and_reports_class_names() -> None:
    from screener.errors import Corrupt
    from screener.readers.pdf import _read_with_pypdf

    document = _read_with_pypdf(raw_text_pdf(TEXT), path="x.pdf", sha256="0", cause="PdfiumError")
    assert document.lines[0].text == TEXT
    assert document.warnings == ("read with the fallback PDF engine",)
    with pytest.raises(Corrupt) as caught:
        _read_with_pypdf(b"%PDF-1.4\n" + b"\x00" * 64, path="x.pdf", sha256="0", cause="PdfiumError")
    assert caught.value.detail.startswith("PdfiumError/")


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_mutated_files_give_a_document_or_a_read_error(tmp_path: Path, kind: str) -> None:
    """Seeded random damage (flipped, cut, inserted bytes): never another exception type."""
    import random

    rng = random.Random(20261101)
    seed = raw_text_pdf(TEXT) if kind == "pdf" else docx_bytes(w_p(TEXT) + w_p(TEXT))
    path = tmp_path / f"mutant.{kind}"
    for _ in range(80):
        data = bytearray(seed)
        for _ in range(rng.randint(1, 12)):
            at = rng.randrange(len(data))
            roll = rng.random()
            if roll < 0.5:
                data[at] = rng.randrange(256)
            elif roll < 0.8:
                del data[at : at + rng.randint(1, 40)]
            else:
                data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        path.write_bytes(bytes(data))
        try:
            read_document(path)
        except ReadError as error:
            assert error.code in {"empty", "unsupported", "corrupt", "no-text", "too-large", "encrypted"}


def test_many_stuffed_runs_are_dropped_and_counted(tmp_path: Path) -> None:
    """20,000 one-point runs of hidden keywords: dropped and counted (quadratic once: 11 s)."""
    runs = b"".join(
        b"BT /F1 1 Tf %d %d Td (k) Tj ET " % (20 + i % 500, 20 + i // 500) for i in range(20_000)
    )
    path = tmp_path / "stuffed.pdf"
    path.write_bytes(raw_text_pdf(TEXT, content_prefix=runs))
    document = read_document(path)
    assert [line.text for line in document.lines] == [TEXT]
    assert document.warnings == ("20000 hidden characters ignored",)


def _zipfile_read(archive: zipfile.ZipFile, name: str, limit: int) -> bytes | None:
    """read_member as zipfile alone does it: the reference for its shortcut."""
    from screener.errors import Corrupt, TooLarge

    try:
        with archive.open(name) as handle:
            blob = handle.read(limit + 1)
    except KeyError:
        return None
    except Exception as exc:  # noqa: BLE001
        raise Corrupt(detail=type(exc).__name__) from None
    if len(blob) > limit:
        raise TooLarge(detail="ZipMemberSize")
    return blob


def _outcome(read: Callable[[], bytes | None]) -> object:
    try:
        return read()
    except ReadError as exc:
        return (type(exc).__name__, exc.detail)


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
@pytest.mark.parametrize("seed", range(40))
def test_member_shortcut_reads_what_zipfile_reads(method: int, seed: int) -> None:
    """Damaged headers, names, sizes, CRCs and streams: the same bytes or the same error."""
    import random

    from screener.readers.guard import read_member

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr("word/document.xml", "<w:document>" + "résumé text " * 50 + "</w:document>")
    data = bytearray(buffer.getvalue())
    rng = random.Random(seed)
    for _ in range(rng.randint(0, 3)):  # seed 0 leaves the file intact
        data[rng.randrange(len(data))] = rng.randrange(256)
    try:
        archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    except zipfile.BadZipFile:
        return
    for limit in (10, 1 << 20):
        expected = _outcome(lambda: _zipfile_read(archive, "word/document.xml", limit))
        assert _outcome(lambda: read_member(archive, "word/document.xml", limit)) == expected
