"""FILES -> DOCUMENTS: the only code that opens résumé files.

`read_document` sniffs the format by its bytes and hands the file to the PDF or DOCX
reader; every failure is a `ReadError` whose `code` is the report's error code.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from screener.errors import EmptyFile, ReadError, TooLarge, Unsupported
from screener.models import Document

# Bump when reading changes what a document's lines are: the cache keys on it.
READER_VERSION = "1"
MAX_BYTES = 20 * 1024 * 1024


def read_document(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read one résumé file into a Document, or raise a ReadError saying why not."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile()
    if size > max_bytes:
        raise TooLarge()
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    kind = sniff(data)
    if kind == "pdf":
        from screener.readers.pdf import read_pdf

        return read_pdf(data, path=str(path), sha256=sha256)
    if kind == "docx":
        from screener.readers.docx import read_docx

        return read_docx(data, path=str(path), sha256=sha256)
    raise Unsupported()


def sniff(data: bytes) -> str:
    """The format of a file by its first bytes: "pdf", "docx" or "unknown"."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] == b"PK\x03\x04" and b"word/" in data:
        return "docx"
    return "unknown"


__all__ = ["READER_VERSION", "ReadError", "read_document", "sniff"]
