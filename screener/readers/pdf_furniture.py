"""Page furniture in PDFs: running headers and footers, and page numbers, hinted as such.

A line among the first or last two of a page is furniture when it holds its page's number
and the same text, that number set aside, stands there on another page ("Ada Lovelace ·
Résumé 2", "Page 2 of 3"); when the same undated words head most pages (a name over every
page); or when it is nothing but a page number ("2", "2/3", "Page 2"). Only the
page's own number is set aside, so dated lines that merely look alike ("2019 – Present")
never match. Extraction can then skip these lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from screener.models import Line

_EDGE_LINES = 2  # lines looked at, at the top and at the bottom of each page
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?", re.IGNORECASE)


def mark_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages' lines with "header"/"footer" added to running headers, footers, numbers."""
    edges: list[list[tuple[int, str, str]]] = []  # per page: (index, where, key)
    seen: Counter[tuple[str, str]] = Counter()
    for number, lines in enumerate(pages, start=1):
        body = [i for i, line in enumerate(lines) if "link" not in line.hints]
        picked = [(i, "header") for i in body[:_EDGE_LINES]]
        picked += [(i, "footer") for i in body[-_EDGE_LINES:] if i not in body[:_EDGE_LINES]]
        page_edges = []
        for i, where in picked:
            key = _key(lines[i].text, number)
            page_edges.append((i, where, key))
            seen[(where, key)] += 1
        edges.append(page_edges)
    out = []
    common = max(2, (len(pages) * 3 + 4) // 5)  # 60% of the pages, and at least two
    for number, (lines, page_edges) in enumerate(zip(pages, edges), start=1):
        marks = {}
        for i, where, key in page_edges:
            text = lines[i].text
            numbered = "#" in key and seen[(where, key)] >= 2  # "Résumé 2" on p.2, "Résumé 3"…
            # The same words over most pages (a name), but never a dated line, and only at
            # the top: pages of a long CV can end on the same "Acme - Tulsa" or "2019 – Present".
            running = (
                where == "header" and seen[(where, key)] >= common and not _YEAR.search(text)
            )
            if numbered or running or _PAGE_NUMBER.fullmatch(text):
                marks[i] = where
        if not marks:
            out.append(lines)
            continue
        out.append(
            [replace(ln, hints=ln.hints | {marks[i]}) if i in marks else ln for i, ln in enumerate(lines)]
        )
    return out


def _key(text: str, page: int) -> str:
    """The text with this page's own number set aside, lower-cased."""
    return re.sub(rf"(?<!\d){page}(?!\d)", "#", text.lower())
