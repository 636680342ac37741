"""Find the reading order of a PDF page from its text rectangles: one column or two.

PDFium gives one rectangle per run of text (cheap: no per-character work). A vertical gutter
is an x position, away from the page edges, that almost no rectangle crosses while both
sides hold real text; within such a clear strip the cut goes where the fewest runs cross
(a sidebar line may reach almost to the main column). The page is then cut into
horizontal bands: full-width bands (a centred name, a contact line, any run straddling the
gutter together with the column runs level with it) and column bands, read left column
first, then the right. Bands are cut between lines, not through them: PDFium's bounded
text keeps only the characters a region touches.
A narrow side whose lines sit on the same baselines as the other side's lines is a label
column (moderncv dates, "2019–2021" beside each entry), not a column: such pages are read
row by row so each date stays beside its entry.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, islice
from operator import itemgetter

Rect = tuple[float, float, float, float]  # left, bottom, right, top
# C-speed field access for min/max/sorted over many rects (generators cost a frame switch each).
_LEFT, _BOTTOM, _RIGHT, _TOP = (itemgetter(i) for i in range(4))

_MIN_RECTS = 8  # fewer text runs than this: nothing to split
_MIN_GUTTER = 6.0  # points of clear space between columns
_EDGE = 0.15  # gutters lie between 15% and 85% of the page width
_MIN_SIDE_SHARE = 0.06  # of the band's text width on each side (a skills list is light)
_LABEL_ALIGNED_ALWAYS = 0.85  # share of the narrow side's runs on the other side's baselines
_SPARSE_PITCH = 3.0  # label rows stand this many row heights apart (one per entry)
_LABEL_WIDTH = 0.35  # of the page width: label columns are no wider
_OVERLAP = 1.0  # points two runs' heights must share to count as level with each other


@dataclass(frozen=True, slots=True)
class Region:
    """A rectangle to read with get_text_bounded; column 0 is full width, 1 left, 2 right."""

    column: int
    left: float
    bottom: float
    right: float
    top: float


def plan_regions(rects: list[Rect], box: Rect) -> list[Region] | None:
    """Regions in reading order, or None when the page reads as one column."""
    if len(rects) < _MIN_RECTS:
        return None
    x0, y0, x1, y1 = box
    width = x1 - x0
    if width <= 0:
        return None
    bins = int(width) + 2
    diff = [0] * (bins + 1)
    for l, _b, r, _t in rects:
        # Widened by a point each side: runs that abut ("Ma" + "nagement") leave no gutter.
        # (Plain comparisons, not min/max: this loop runs for every text run of every page.)
        a = int(l - x0) - 1
        z = int(r - x0) + 2
        if a < 0:
            a = 0
        if z > bins:
            z = bins
        if a < z:
            diff[a] += 1
            diff[z] -= 1
    lo, hi = int(width * _EDGE), int(width * (1 - _EDGE))
    window = list(islice(accumulate(diff), lo, hi))  # runs crossing each point
    if not window:
        return None
    least = min(window)
    if least > max(3, len(rects) // 20):
        return None  # every candidate cuts through many lines: one column
    levels = _levels(window, least)
    best: tuple[float, list[Region]] | None = None
    rights: list[float] = []
    lefts: list[float] = []
    for clear in _NEAR_LEAST.finditer(levels):
        start, end = clear.span()
        if end - start < _MIN_GUTTER:
            continue
        if not rights:
            rights = sorted(map(_RIGHT, rects))
            lefts = sorted(map(_LEFT, rects))
        # Inside the run, cut where the fewest runs cross: the run's middle may fall in a
        # sidebar line that juts out towards the main column, and cutting it there would
        # make that line a full-width band overlapping its neighbours.
        a, z = _clearest(levels, start, end)
        gutter = x0 + lo + (a + z) / 2
        # Quick rejection before the full test: each side needs a few runs of its own.
        if bisect_left(rights, gutter) < 6 or len(lefts) - bisect_left(lefts, gutter) < 6:
            continue
        plan = _try_gutter(rects, box, gutter)
        if plan is not None and (best is None or plan[0] > best[0]):
            best = plan
    return best[1] if best else None


# Crossing counts as levels: 0 at the window's least count, 1 one above it, 2 anything more.
# As bytes, the gutter candidates (runs at level 0 or 1) are found by a regex at C speed
# instead of a Python loop over every point of the page width.
_NEAR_LEAST = re.compile(rb"[\x00\x01]+")
_LEVEL_RUNS = (re.compile(rb"\x00+"), re.compile(rb"\x01+"))
_LEVEL_TABLES: dict[int, bytes] = {}


def _levels(window: list[int], least: int) -> bytes:
    """The crossing counts of `window` as levels (see _NEAR_LEAST), one byte per point."""
    try:
        counts = bytes(window)  # C speed while every count fits a byte (all but crowded pages)
    except ValueError:
        return bytes(min(v - least, 2) for v in window)
    table = _LEVEL_TABLES.get(least)
    if table is None:
        table = _LEVEL_TABLES[least] = bytes(min(max(v - least, 0), 2) for v in range(256))
    return counts.translate(table)


def _clearest(levels: bytes, start: int, end: int) -> tuple[int, int]:
    """The widest (first of the widest) run of levels[start:end] at that range's lowest level."""
    runs = _LEVEL_RUNS[min(levels[start:end])].finditer(levels, start, end)
    return max((run.span() for run in runs), key=lambda span: span[1] - span[0])


def _try_gutter(rects: list[Rect], box: Rect, g: float) -> tuple[float, list[Region]] | None:
    """Score and regions for a gutter at x = g, or None when it does not split columns."""
    x0, y0, x1, y1 = box
    left_of, right_of = g + 0.5, g - 0.5
    tagged = []  # (centre y, side, rect) with side 1 left, 2 right, 0 crossing
    for rect in rects:
        l, b, r, t = rect
        side = 1 if r <= left_of else 2 if l >= right_of else 0
        tagged.append(((b + t) / 2, side, rect))
    tagged = _widen_crossing(tagged)
    tagged.sort(key=itemgetter(0), reverse=True)  # top down; stable, as a key of -y would be
    # Group consecutive same-kind rects: crossing ones form full-width bands.
    bands: list[tuple[bool, list[Rect], list[Rect]]] = []
    for _y, side, rect in tagged:
        is_cols = side != 0
        if not bands or bands[-1][0] != is_cols:
            bands.append((is_cols, [], []))
        bands[-1][1 if side != 2 else 2].append(rect)
    score = 0.0
    kinds: list[tuple[bool, list[Rect]]] = []  # (is a column band, its rects)
    for is_cols, left, right in bands:
        real = is_cols and len(left) >= 3 and len(right) >= 3
        if real:
            mass_l, mass_r = _mass(left), _mass(right)
            share = min(mass_l, mass_r) / (mass_l + mass_r)
            real = share >= _MIN_SIDE_SHARE and not _is_label_column(
                left, right, x1 - x0, mass_l, mass_r
            )
            if real:
                score += min(mass_l, mass_r)
                # Lines of one side above the other side's first line (a name over the
                # main column) come first, as a full-width band of their own.
                above, left, right = _split_overhang(left, right)
                if above:
                    _add(kinds, False, above)
        _add(kinds, real, left + right)
    if score == 0.0:
        return None
    return score, _regions(kinds, box, g)


def _mass(rects: list[Rect]) -> float:
    """Total width of the runs: how much text a side holds."""
    return sum([r - l for l, _b, r, _t in rects])


def _widen_crossing(tagged: list[tuple[float, int, Rect]]) -> list[tuple[float, int, Rect]]:
    """Column runs level with a crossing run (one that straddles the gutter) join its band.

    Bands are cut apart horizontally, and PDFium's bounded text keeps only the characters
    a region touches: a cut between a crossing line and a column line beside it would go
    through both, dropping the commas, spaces and line ends below it, and reading what is
    above it twice. Only direct neighbours join, so the band cannot spread down the page.
    """
    spans = sorted((b + _OVERLAP, t - _OVERLAP) for _y, side, (_l, b, _r, t) in tagged if side == 0)
    if not spans:
        return tagged
    merged: list[list[float]] = []
    for b, t in spans:
        if merged and b <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], t)
        elif b < t:
            merged.append([b, t])
    bottoms = [b for b, _t in merged]
    out = []
    for y, side, rect in tagged:
        if side:
            i = bisect_left(bottoms, rect[3])  # spans starting below this run's top
            if i and merged[i - 1][1] > rect[1]:
                side = 0
        out.append((y, side, rect))
    return out


def _add(kinds: list[tuple[bool, list[Rect]]], real: bool, rects: list[Rect]) -> None:
    """Append a band; stray pieces (a date at the top right, half a centred name) merge full width."""
    if kinds and not real and not kinds[-1][0]:
        kinds[-1][1].extend(rects)
    else:
        kinds.append((real, rects))


def _split_overhang(left: list[Rect], right: list[Rect]) -> tuple[list[Rect], list[Rect], list[Rect]]:
    top_l = max(map(_TOP, left))
    top_r = max(map(_TOP, right))
    if top_r > top_l:
        above = [q for q in right if q[1] > top_l]
        return above, left, [q for q in right if q[1] <= top_l]
    above = [q for q in left if q[1] > top_r]
    return above, [q for q in left if q[1] <= top_r], right


def _is_label_column(
    left: list[Rect], right: list[Rect], width: float, mass_l: float, mass_r: float
) -> bool:
    """True when the narrower side labels the other side's lines instead of being a column.

    Labels (moderncv dates, "Skills" keys, "2019–2021" beside each entry) sit on the
    baselines of the lines they label, are sparse (one per entry) or right-aligned against
    the gutter. A real sidebar is dense and left-aligned, and its lines meet the other
    column's baselines only by chance (about 55-70% of its rects, measured).
    """
    small, large = (left, right) if mass_l <= mass_r else (right, left)
    if _mostly_aligned(small, large):
        return True
    extent = max(map(_RIGHT, small)) - min(map(_LEFT, small))
    if extent > _LABEL_WIDTH * width:
        return False
    rows = _rows(small)
    return _sparse(rows) or _right_aligned(rows)


def _mostly_aligned(small: list[Rect], large: list[Rect]) -> bool:
    """At least _LABEL_ALIGNED_ALWAYS of `small`'s runs level with one of `large`'s."""
    centres = sorted([(b + t) / 2 for _l, b, _r, t in large])
    needed = _LABEL_ALIGNED_ALWAYS * len(small)
    reachable = len(small)  # aligned runs there can still be; at the end, those there are
    for _l, b, _r, t in small:
        y, tol = (b + t) / 2, max((t - b) / 2, 1.0)
        i = bisect_left(centres, y - tol)
        if not (i < len(centres) and centres[i] <= y + tol):
            reachable -= 1
            if reachable < needed:  # too many misses already: stop looking
                return False
    return True


def _rows(rects: list[Rect]) -> list[Rect]:
    """Rects merged into rows (top to bottom) where their vertical centres meet."""
    rows: list[list[float]] = []
    for l, b, r, t in sorted(rects, key=lambda x: -(x[1] + x[3])):
        y = (b + t) / 2
        if rows and rows[-1][1] <= y <= rows[-1][3]:
            row = rows[-1]
            row[0], row[1], row[2], row[3] = min(row[0], l), min(row[1], b), max(row[2], r), max(row[3], t)
        else:
            rows.append([l, b, r, t])
    return [tuple(row) for row in rows]  # type: ignore[misc]


def _sparse(rows: list[Rect]) -> bool:
    """Rows spaced more than _SPARSE_PITCH times their height apart, typically (median)."""
    if len(rows) < 3:
        return True
    heights = sorted(t - b for _l, b, _r, t in rows)
    height = heights[len(heights) // 2]
    centres = [(b + t) / 2 for _l, b, _r, t in rows]
    gaps = sorted(a - b for a, b in zip(centres, centres[1:]))
    return gaps[len(gaps) // 2] >= _SPARSE_PITCH * height


def _right_aligned(rows: list[Rect]) -> bool:
    """Right edges flush (within 2 pt) while left edges are ragged: labels set against a gutter."""
    if len(rows) < 3:
        return False
    rights = sorted(r for _l, _b, r, _t in rows)
    lefts = sorted(l for l, _b, _r, _t in rows)
    mid_r, mid_l = rights[len(rights) // 2], lefts[len(lefts) // 2]
    flush_r = sum(1 for r in rights if abs(r - mid_r) <= 2.0)
    flush_l = sum(1 for l in lefts if abs(l - mid_l) <= 2.0)
    return flush_r >= 0.7 * len(rows) and flush_l < 0.5 * len(rows)


def _regions(kinds: list[tuple[bool, list[Rect]]], box: Rect, g: float) -> list[Region]:
    x0, y0, x1, y1 = box
    # PDFium's bounded text takes every character a region touches, so cut between bands
    # halfway through the vertical gap that separates them, never through a line.
    spans = [(max(map(_TOP, rects)), min(map(_BOTTOM, rects))) for _k, rects in kinds]
    cuts = [y1 + 1.0]
    for (_, bottom), (top, _) in zip(spans, spans[1:]):
        cuts.append(min((bottom + top) / 2, cuts[-1]))  # cuts must descend
    cuts.append(min(y0 - 1.0, cuts[-1]))
    regions: list[Region] = []
    for i, (is_cols, _rects) in enumerate(kinds):
        top, bottom = cuts[i], cuts[i + 1]
        if is_cols:
            regions.append(Region(1, x0 - 1.0, bottom, g, top))
            regions.append(Region(2, g, bottom, x1 + 1.0, top))
        else:
            regions.append(Region(0, x0 - 1.0, bottom, x1 + 1.0, top))
    return regions
