"""Mark a wide gap inside a PDF line with " | ", the separator the DOCX reader puts between
table cells.

PDFium joins the runs of one baseline with a single space, so a table row (a title, an
employer and dates in three cells) reads as one run-on phrase and nothing downstream can
tell where the title ends. The gaps come from the text rectangles pdf.py already has (one
per run, no per-character work): two runs on one row further apart than _GAP_ROWS row
heights. A row's height is about an em (less on a row of capitals and digits); word spaces
measured under one row height, cells and right-aligned dates 2 to 60, label columns
("2021  Finalist", a table too) 1.3 to 2.1. Where words are drawn one by one, a very
loose justified line can space them two row heights apart, but evenly: where a row has
three or more gaps under _CLEAR_ROWS, one of those must also be twice their median.
Only gaps cost a PDFium call: the character right of the gap, found by position. A gap
that a drawn separator ("|", "•", "–", ",", ":") already fills is left alone, and so is
a column gutter (pdf_layout's regions).
"""

from __future__ import annotations

SEPARATOR = " | "
_GAP_ROWS = 2.0  # gap wider than this many row heights
_MIN_GAP = 10.0  # points, whatever the row height (tiny glyphs make tiny rows)
_CLEAR_ROWS = 4.0  # a gap this wide is a boundary even on a row of even gaps
_STANDS_OUT = 2.0  # otherwise, on a row of 3+ gaps, it is this many times the median gap
_MAX_GAPS = 200  # per page: each lookup scans the page's characters
_CONTEXT = 16  # characters each side of a gap matched in a region's bounded text
_TAKEN = frozenset("|•·▪●◦‣∙–—-/,;:")

Rect = tuple[float, float, float, float]  # left, bottom, right, top


def wide_gaps(
    rects: list[Rect], gutters: list[tuple[float, float, float]] = ()
) -> list[tuple[float, float, float]]:
    """(x, y, tolerance) just inside the run right of each wide gap.

    Rows are runs consecutive in PDFium's order on one baseline: PDFium joins two runs with
    a space only when one follows the other, so runs apart in its order need no mark.
    `gutters` are (x, bottom, top) column cuts: a gap across one is two columns, not cells.
    """
    points: list[tuple[float, float, float]] = []
    first = 0  # index of the current row's first run
    low = high = reach = 0.0
    wide = False
    # Plain comparisons: this loop runs for every text run of every page.
    for i, (l, b, r, t) in enumerate(rects):
        centre = (b + t) / 2
        if low <= centre <= high and i:
            if l - reach > _MIN_GAP:
                wide = True
            if b < low:
                low = b
            if t > high:
                high = t
            if r > reach:
                reach = r
            continue
        if wide:
            _row_gaps(rects[first:i], high - low, gutters, points)
        first, low, high, reach, wide = i, b, t, r, False
    if wide:
        _row_gaps(rects[first:], high - low, gutters, points)
    return points[:_MAX_GAPS]


def _row_gaps(row: list[Rect], height: float, gutters, points: list) -> None:
    """Append the wide gaps of one row (runs in PDFium's order) to `points`."""
    gaps = []  # (gap, rect right of it)
    reach = row[0][2]
    for rect in row[1:]:
        gaps.append((rect[0] - reach, rect))
        if rect[2] > reach:
            reach = rect[2]
    wide = max(_GAP_ROWS * height, _MIN_GAP)
    clear = max(_CLEAR_ROWS * height, wide)
    under = sorted(g for g, _r in gaps if g < clear)
    if len(under) >= 3:
        # Words drawn one by one: justified spacing is even along the row, so below `clear`
        # a cell boundary must stand out from the row's usual gap.
        wide = min(max(wide, _STANDS_OUT * under[len(under) // 2]), clear)
    for gap, (l, b, r, t) in gaps:
        across = any(l - gap <= g <= l and lo <= (b + t) / 2 <= hi for g, lo, hi in gutters)
        if gap > wide and not across:
            points.append((l + min(1.0, (r - l) / 2), (b + t) / 2, max(height / 2, 1.0)))


def gap_marks(
    textpage, full: str, points: list[tuple[float, float, float]]
) -> list[tuple[int, float, float]]:
    """(text index in `full` of the run right of the gap, x, y) for the gaps PDFium joined
    with one space on one line and no drawn separator fills."""
    from screener.readers.pdfium_fast import fast_api

    api = fast_api()
    char_at, to_text = api["FPDFText_GetCharIndexAtPos"], api["FPDFText_GetTextIndexFromCharIndex"]
    marks = []
    for x, y, tol in points:
        char = char_at(textpage, x, y, tol, tol)
        if char < 0:
            continue
        at = to_text(textpage, char)
        # The point may fall on the run's second letter (after a narrow first one, or in
        # its side bearing): the run starts after the space PDFium put in the gap.
        start = full.rfind(" ", max(at - 3, 0), at + 1) + 1
        if start < 2 or start >= len(full):
            continue
        at = start
        before, after = full[at - 2], full[at]
        if before in "\r\n " or before in _TAKEN or after in _TAKEN or after.isspace():
            continue
        marks.append((at, x, y))
    marks.sort()
    return marks


def mark_full(full: str, marks: list[tuple[int, float, float]]) -> str:
    """The page's text with the space before each marked run replaced by SEPARATOR."""
    if not marks:
        return full
    parts, start = [], 0
    for at, _x, _y in marks:
        parts.append(full[start : at - 1])
        start = at
    parts.append(full[start:])
    return SEPARATOR.join(parts)


def mark_bounded(text: str, full: str, marks: list[tuple[int, float, float]]) -> str:
    """The same marks in a region's bounded text (a subsequence of the page's characters, in
    the same order): each found by the characters either side of it on its line."""
    if not marks:
        return text
    parts, start = [], 0
    for at, _x, _y in marks:
        left = full[max(at - 1 - _CONTEXT, 0) : at - 1].rpartition("\n")[2]
        right = full[at : at + _CONTEXT].partition("\r")[0].partition("\n")[0]
        if not left or not right:
            continue
        found = text.find(f"{left} {right}", start)
        if found < 0:
            continue
        cut = found + len(left)
        parts.append(text[start:cut])
        start = cut + 1
    parts.append(text[start:])
    return SEPARATOR.join(parts)
