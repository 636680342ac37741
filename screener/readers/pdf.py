"""PDF -> Document through PDFium (pypdfium2)."""

from __future__ import annotations

import pypdfium2 as pdfium

from screener.errors import Corrupt, Encrypted, NoText
from screener.models import Document, Line


def read_pdf(data: bytes, *, path: str, sha256: str) -> Document:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise Encrypted(detail=type(exc).__name__) from None
        raise Corrupt(detail=type(exc).__name__) from None
    lines: list[Line] = []
    try:
        for page_no in range(len(pdf)):
            page = pdf[page_no]
            text = page.get_textpage().get_text_range()
            number = 0
            for raw in text.splitlines():
                raw = raw.strip()
                if raw:
                    number += 1
                    lines.append(Line(raw, page_no + 1, number))
        pages = len(pdf)
    finally:
        pdf.close()
    if sum(len(line.text) for line in lines) < 20:
        raise NoText()
    return Document(path, sha256, "pdf", pages, tuple(lines))
