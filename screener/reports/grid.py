"""A plain, fast table for the terminal report: columns sized once, cells wrapped by words.

Rich's Table measures every cell through several layers of renderables and wraps each
one again while drawing; a 30-row checklist cost about 12 ms, so twenty checklists and a
summary of two hundred candidates took a third of a second, longer than a re-run that
finds every result in the cache. `Grid` covers what the report uses (a title, a header
with a rule under it, left or right aligned columns, styled `Text` cells) and yields
finished lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions
from rich.segment import Segment
from rich.text import Text

_WORD = re.compile(r"\S+\s*")


@dataclass(frozen=True, slots=True)
class GridColumn:
    """A column: its header, and either no wrapping (`ratio=0`) or a share of the room left.

    A column with no ratio is as wide as its widest cell. The columns with a ratio get
    what the others leave, in proportion, and wrap their cells by words to fit.
    """

    header: str
    ratio: int = 0
    justify: Literal["left", "right"] = "left"


class Grid:
    """Rows of cells under a header; a rule (`─`, `━`…) under the header if given."""

    def __init__(
        self,
        *columns: GridColumn,
        title: Text | None = None,
        rule: str = "─",
        gap: int = 2,
        expand: bool = True,
    ) -> None:
        self.columns = columns
        self.title = title
        self.rule = rule
        self.gap = gap
        self.expand = expand
        self.rows: list[tuple[Text, ...]] = []

    def add_row(self, *cells: Text | str) -> None:
        self.rows.append(tuple(c if isinstance(c, Text) else Text(c) for c in cells))

    def widths(self, room: int) -> list[int]:
        """Each column's width in cells, fitting `room` where the columns allow it."""
        header = [Text(c.header) for c in self.columns]
        natural = [
            max(_widest(cell) for cell in column)
            for column in zip(header, *self.rows, strict=True)
        ]
        fixed = sum(w for w, c in zip(natural, self.columns, strict=True) if not c.ratio)
        left = room - fixed - self.gap * (len(self.columns) - 1)
        flexible = [c.ratio for c in self.columns]
        wanted = sum(w for w, c in zip(natural, self.columns, strict=True) if c.ratio)
        if not self.expand and wanted <= left:
            return natural
        total = sum(flexible) or 1
        widths, given = [], 0
        for w, c in zip(natural, self.columns, strict=True):
            if not c.ratio:
                widths.append(w)
                continue
            share = max(6, left * c.ratio // total)
            widths.append(share)
            given += share
        # Rounding leaves a few cells over: the last flexible column takes them.
        last = max((i for i, c in enumerate(self.columns) if c.ratio), default=None)
        if last is not None and given < left:
            widths[last] += left - given
        return widths

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        for line, _width in self.lines(console, options.max_width):
            yield from line
            yield Segment.line()

    def lines(self, console: Console, room: int) -> Iterator[tuple[list[Segment], int]]:
        """The table as lines of segments with their width in cells, fitting `room` if it can.

        On a console that shows no styles (a pipe, a file, NO_COLOR) each line is one plain
        segment: Rich would drop the styles anyway, after rendering each piece with them.
        """
        if console.color_system is None:
            for line, used in self._lines(console, room, plain=True):
                yield [Segment("".join(segment.text for segment in line))], used
        else:
            yield from self._lines(console, room, plain=False)

    def _lines(
        self, console: Console, room: int, *, plain: bool
    ) -> Iterator[tuple[list[Segment], int]]:
        widths = self.widths(room)
        used = sum(widths) + self.gap * (len(widths) - 1)
        if self.title is not None:
            pad = max(0, (used - self.title.cell_len) // 2)
            yield [Segment(" " * pad), *self.title.render(console)], pad + self.title.cell_len
            yield [], 0
        header = tuple(Text(c.header, style="bold") for c in self.columns)
        yield from self._row(console, header, widths, plain)
        if self.rule:
            yield [Segment(self.rule * used)], used
        for row in self.rows:
            yield from self._row(console, row, widths, plain)

    def _row(
        self, console: Console, cells: tuple[Text, ...], widths: list[int], plain: bool
    ) -> Iterator[tuple[list[Segment], int]]:
        wrapped = [wrap(cell, width) for cell, width in zip(cells, widths, strict=True)]
        gap = Segment(" " * self.gap)
        last = len(widths) - 1
        full = sum(widths) + self.gap * last
        for i in range(max(len(lines) for lines in wrapped)):
            line: list[Segment] = []
            used = full
            for j, (lines, width) in enumerate(zip(wrapped, widths, strict=True)):
                piece = lines[i] if i < len(lines) else None
                pad = width - (piece.cell_len if piece is not None else 0)
                if j:
                    line.append(gap)
                if pad and self.columns[j].justify == "right":
                    line.append(Segment(" " * pad))
                if piece is not None:
                    if plain:
                        line.append(Segment(piece.plain))
                    else:
                        line.extend(piece.render(console))
                if pad and self.columns[j].justify == "left":
                    if j < last:
                        line.append(Segment(" " * pad))
                    else:
                        used -= pad  # no trailing spaces after the last column
            yield line, used


class Framed:
    """Text and grids inside a rounded box with a title on the top edge and a subtitle below.

    Drawn here rather than by Rich's Panel, which renders its content a second time to
    crop and pad every line.
    """

    def __init__(self, *body: Text | Grid, title: Text, subtitle: Text) -> None:
        self.body = body
        self.title = title
        self.subtitle = subtitle

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        width = options.max_width
        inner = width - 4
        yield from self._edge(console, "╭", self.title, "╮", width)
        left, right = Segment("│ "), Segment(" │\n")
        plain = console.color_system is None  # no styles shown: one segment a line
        for part in self.body:
            lines = (
                part.lines(console, inner)
                if isinstance(part, Grid)
                else (
                    ([Segment(piece.plain)] if plain else [*piece.render(console)], piece.cell_len)
                    for piece in wrap(part, inner)
                )
            )
            for line, used in lines:
                fill = " " * (inner - used) if used < inner else ""
                if plain:
                    yield Segment(f"│ {''.join(segment.text for segment in line)}{fill} │\n")
                    continue
                yield left
                yield from line
                if fill:
                    yield Segment(fill)
                yield right
        yield from self._edge(console, "╰", self.subtitle, "╯", width)

    @staticmethod
    def _edge(console: Console, start: str, label: Text, end: str, width: int) -> Iterator[Segment]:
        label = label.copy()
        label.truncate(max(0, width - 6), overflow="ellipsis")
        yield Segment(f"{start}─ ")
        yield from label.render(console)
        yield Segment(" " + "─" * max(0, width - label.cell_len - 5) + end + "\n")


_WRAPPED: dict[tuple, list[Text]] = {}
_WRAPPED_LIMIT = 4096


def wrap(text: Text, width: int) -> list[Text]:
    """`text` cut into lines of at most `width` cells: at spaces, a longer word folded.

    Checklists repeat the same labels, statuses and points for every candidate, so the
    lines are remembered (they are only ever rendered, never changed).
    """
    key = (text.plain, str(text.style), tuple(text.spans), width)
    lines = _WRAPPED.get(key)
    if lines is None:
        lines = _wrap(text, width)
        if len(_WRAPPED) >= _WRAPPED_LIMIT:
            _WRAPPED.clear()
        _WRAPPED[key] = lines
    return lines


def _wrap(text: Text, width: int) -> list[Text]:
    lines: list[Text] = []
    for paragraph in text.split("\n", allow_blank=True) if "\n" in text.plain else (text,):
        plain = paragraph.plain
        if cell_len(plain) <= width:
            lines.append(paragraph)
            continue
        cuts = list(_breaks(plain, width))
        for piece in paragraph.divide(cuts):
            piece.rstrip()
            lines.append(piece)
    return lines or [Text()]


def _breaks(plain: str, width: int) -> Iterable[int]:
    """Offsets where greedy word wrapping at `width` cells starts a new line."""
    measure = len if plain.isascii() else cell_len  # ASCII is one cell a character
    used = 0
    for word in _WORD.finditer(plain):
        start, size = word.start(), measure(word.group().rstrip())
        if used and used + size > width:
            yield start
            used = 0
        while size > width:  # a word wider than the column: fold it
            cut = _fold_at(plain, start, width)
            yield cut
            start, size = cut, measure(plain[cut : word.end()].rstrip())
        used += measure(plain[start : word.end()])


def _fold_at(plain: str, start: int, width: int) -> int:
    """The offset after as many characters from `start` as fit in `width` cells (at least one)."""
    end, used = start, 0
    while end < len(plain) and used + cell_len(plain[end]) <= width:
        used += cell_len(plain[end])
        end += 1
    return max(end, start + 1)


def _widest(cell: Text) -> int:
    plain = cell.plain
    if "\n" not in plain:
        return cell_len(plain)
    return max(cell_len(line) for line in plain.split("\n"))
