"""Documents made from plain lines for the extractor tests (all text fictional)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from screener.models import Document, Line

AS_OF = datetime.date(2026, 11, 1)
AS_OF_MONTH = 2026 * 12 + 10


def doc(lines: Sequence[str | tuple[str, set[str]]], *, page_size: int = 1000) -> Document:
    """A Document whose lines are `lines`; a (text, hints) pair sets the hints."""
    built = []
    for n, item in enumerate(lines):
        text, hints = (item, set()) if isinstance(item, str) else item
        built.append(Line(text, n // page_size + 1, n % page_size + 1, frozenset(hints)))
    return Document("test.pdf", "0" * 64, "pdf", built[-1].page if built else 1, tuple(built))
