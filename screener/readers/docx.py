"""DOCX -> Document through python-docx."""

from __future__ import annotations

import io

from screener.errors import Corrupt, NoText
from screener.models import Document, Line


def read_docx(data: bytes, *, path: str, sha256: str) -> Document:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any library failure is a damaged file
        raise Corrupt(detail=type(exc).__name__) from None
    lines: list[Line] = []
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
    for raw in texts:
        for piece in raw.splitlines():
            piece = piece.strip()
            if piece:
                lines.append(Line(piece, 1, len(lines) + 1))
    if sum(len(line.text) for line in lines) < 20:
        raise NoText()
    return Document(path, sha256, "docx", 1, tuple(lines))
