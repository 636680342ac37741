"""The terminal report's own table and box: widths, word wrapping, styles and edges."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from screener.reports.grid import Framed, Grid, GridColumn, wrap


def _console(width: int = 40) -> Console:
    return Console(width=width, record=True, color_system=None, file=io.StringIO())


def _lines(renderable, width: int = 40) -> list[str]:
    console = _console(width)
    console.print(renderable)
    return console.export_text().splitlines()


def test_wrap_breaks_at_spaces_and_folds_a_word_longer_than_the_column() -> None:
    pieces = [p.plain for p in wrap(Text("alpha beta gamma supercalifragilistic"), 10)]
    assert pieces == ["alpha beta", "gamma", "supercalif", "ragilistic"]
    assert all(len(p) <= 10 for p in pieces)


def test_wrap_keeps_line_breaks_and_styles() -> None:
    text = Text("one two")
    text.append("\nthree four", style="bold")
    pieces = wrap(text, 20)
    assert [p.plain for p in pieces] == ["one two", "three four"]
    assert pieces[1].spans and pieces[1].spans[0].style == "bold"


def test_wrap_counts_wide_characters_as_two_cells() -> None:
    assert [p.plain for p in wrap(Text("日本語 日本語"), 7)] == ["日本語", "日本語"]


def test_flexible_columns_share_the_room_by_ratio_and_fixed_ones_fit_their_cells() -> None:
    grid = Grid(GridColumn("n", justify="right"), GridColumn("a", ratio=1),
                GridColumn("b", ratio=3))
    grid.add_row("123", "x", "y")
    widths = grid.widths(40)
    assert widths[0] == 3
    assert sum(widths) + 2 * 2 == 40
    assert widths[2] >= 3 * widths[1] - 2


def test_without_expand_a_grid_that_fits_keeps_its_natural_width() -> None:
    grid = Grid(GridColumn("rank"), GridColumn("who", ratio=1), expand=False)
    grid.add_row("1", "Ada")
    assert grid.widths(80) == [4, 3]


def test_rows_wrap_within_their_columns_and_right_alignment_holds() -> None:
    grid = Grid(GridColumn("pts", justify="right"), GridColumn("text", ratio=1), rule="━")
    grid.add_row("7/7", "a long line of evidence that has to wrap")
    grid.add_row("10/10", "short")
    lines = _lines(grid, 24)
    assert lines[0].startswith("  pts  text")
    assert set(lines[1].strip()) == {"━"}
    assert lines[2].startswith("  7/7  a long line of")
    assert lines[3].startswith("       ")  # the wrapped part stays in its column
    assert any(line.startswith("10/10  short") for line in lines)
    assert max(len(line) for line in lines) <= 24


def test_framed_lines_are_all_as_wide_as_the_console_with_title_and_subtitle_on_the_edges() -> None:
    grid = Grid(GridColumn("status"), GridColumn("check", ratio=1))
    grid.add_row(Text("✓ met", style="green"), "Kubernetes in production, for years")
    lines = _lines(Framed(Text("Score 90\nVerdict shortlist"), grid,
                          title=Text("#1 Ada"), subtitle=Text("in/ada.pdf")), 30)
    assert lines[0].startswith("╭─ #1 Ada ─") and lines[0].endswith("╮")
    assert lines[-1].startswith("╰─ in/ada.pdf ─") and lines[-1].endswith("╯")
    assert {len(line) for line in lines} == {30}
    assert lines[1] == "│ Score 90" + " " * 18 + " │"
    assert all(line.startswith("│ ") and line.endswith(" │") for line in lines[1:-1])


def test_a_console_without_styles_gets_the_same_text_as_a_colour_one() -> None:
    grid = Grid(GridColumn("status"), GridColumn("check", ratio=1),
                GridColumn("pts", justify="right"), title=Text("Ranking"))
    grid.add_row(Text("✓ met", style="green"), Text("Kubernetes in production, for years"), "6/6")
    grid.add_row(Text("✗ unmet", style="red"), Text("Go", style="bold"), "0/4")
    framed = Framed(Text("Score 90\nVerdict shortlist", style="bold"), grid,
                    title=Text("#1 Ada", style="bold"), subtitle=Text("in/ada.pdf"))
    texts = []
    for colours in (None, "truecolor"):
        console = Console(width=40, record=True, color_system=colours, file=io.StringIO())
        console.print(framed)
        console.print(grid)
        texts.append(console.export_text(styles=False))
    assert texts[0] == texts[1]
    assert "✗ unmet" in texts[0] and "Ranking" in texts[0]
