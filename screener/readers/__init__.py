"""FILES -> DOCUMENTS: the only code that opens résumé files.

`read_document` sniffs the format by its bytes (never its name) and hands the file to the
PDF or DOCX reader; every failure is a `ReadError` whose `code` is the report's error code.
`discover` turns the paths a user names into the list of files to read. The text
normalisation every reader applies is described in `screener.readers.normalise`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from screener.errors import Corrupt, EmptyFile, ReadError, TooLarge, Unsupported
from screener.models import Document
from screener.readers.discover import ACCEPTED_SUFFIXES, Discovery, discover

if TYPE_CHECKING:
    from zipfile import ZipFile

# Bump when reading changes what a document's lines are: the cache keys on it.
READER_VERSION = "18"
MAX_BYTES = 20 * 1024 * 1024

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
LEGACY_MESSAGE = "legacy .doc or a password-protected DOCX: ask for a PDF or DOCX"


def read_document(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one résumé file into a Document, or raise a ReadError saying why not."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise EmptyFile()
        if size > max_bytes:
            raise TooLarge()
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may grow between stat and read
    except OSError as exc:
        raise ReadError(detail=type(exc).__name__) from None
    if not data:
        raise EmptyFile()
    if len(data) > max_bytes:
        raise TooLarge()
    sha256 = hashlib.sha256(data).hexdigest()
    kind, archive = _sniff(data)
    if kind == "ole2":
        raise Unsupported(LEGACY_MESSAGE, detail="OLE2")
    if kind not in ("pdf", "docx"):
        raise Unsupported()
    try:
        if kind == "pdf":
            from screener.readers.pdf import read_pdf

            return read_pdf(data, path=str(path), sha256=sha256, max_bytes=max_bytes)
        from screener.readers.docx import read_docx

        return read_docx(data, path=str(path), sha256=sha256, max_bytes=max_bytes, archive=archive)
    except ReadError:
        raise
    except MemoryError:
        raise TooLarge(detail="MemoryError") from None
    except Exception as exc:  # noqa: BLE001 - the libraries raise a grab-bag of types
        # Whatever a parser throws on a damaged file; the class name tells a developer
        # which one, without quoting the file (messages can hold its text).
        raise Corrupt(detail=type(exc).__name__) from None


def sniff(data: bytes) -> str:
    """The format of a file by its bytes: "pdf", "docx", "ole2" or "unknown".

    A PDF may carry junk before its header (PDFium and Acrobat accept 1 KiB of it). A zip
    is a DOCX only when it holds `word/document.xml`; the central directory at the end of
    the file lists member names, so a look there is enough.
    """
    kind, archive = _sniff(data)
    if archive is not None:
        archive.close()
    return kind


def _sniff(data: bytes) -> tuple[str, ZipFile | None]:
    """`sniff`, and for a DOCX the zip it opened to look, so the reader need not open it again."""
    if b"%PDF-" in data[:1024]:
        return "pdf", None
    if data[:8] == _OLE2:
        return "ole2", None
    if data[:4] == b"PK\x03\x04":
        return _sniff_zip(data)
    return "unknown", None


def _sniff_zip(data: bytes) -> tuple[str, ZipFile | None]:
    import io
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - zipfile raises many types (NotImplementedError too)
        # A damaged zip that still names the part in its local headers: let the DOCX
        # reader report it as corrupt rather than as an unknown format.
        return ("docx" if b"word/document.xml" in data else "unknown"), None
    if "word/document.xml" in archive.namelist():
        return "docx", archive
    archive.close()
    return "unknown", None


__all__ = [
    "ACCEPTED_SUFFIXES",
    "Discovery",
    "MAX_BYTES",
    "READER_VERSION",
    "ReadError",
    "discover",
    "read_document",
    "sniff",
]
