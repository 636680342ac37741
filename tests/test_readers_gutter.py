"""PDF columns with a narrow gutter: a sidebar line that reaches close to the main column.

The sidebar's widest line (a row of separate skill cells) stops a few millimetres before
the main column, whose lines run to the right margin. Every word must be read once, each
column's lines in one piece, nothing glued.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from screener.readers import read_document
from screener.readers.pdf_layout import plan_regions
from tests.builders import pdf_sidebar_gutter, wrap_mm

SIDEBAR: list[str | tuple[str, ...]] = [
    "Robin Quill",
    "Platform Engineer",
    "CONTACT",
    "robin.quill@example.org",
    "+1 555 0100 311",
    "Leeds, UK",
    "SKILLS",
    "Languages",
    "Go, Rust, Python",
    "Data",
    ("Postgres,", "Redis,", "Cassandra,", "Kafka,"),  # the widest line, one cell a word
    "ClickHouse",
    "Cloud",
    "AWS, Terraform, Helm,",
    "Kubernetes",
    "Practices",
    "event sourcing, code review,",  # an entry that wraps
    "pairing",
    "EDUCATION",
    "BSc Physics, Tarn",
    "College, 2014",
]
PARAGRAPHS = [
    "PROFILE",
    "Platform engineer with eleven years of building storage and messaging systems for "
    "freight and retail companies, most recently leading a team of six engineers.",
    "EXPERIENCE",
    "Staff Engineer, Ferrow Labs, Leeds, 2020 - present",
    "Led a team of five engineers building the notifications platform in Rust and moved "
    "every queue onto Kafka without a single lost message.",
    "Cut the p99 latency of the ledger API by half with a read-through cache in Redis and "
    "careful index work in Postgres.",
    "Senior Engineer, Pell and Dune, York, 2016 - 2020",
    "Built the billing pipeline on Kafka and Cassandra processing forty million events a day "
    "and wrote the on-call handbook for it.",
    "Moved forty services from virtual machines to Kubernetes with Terraform and Helm, one "
    "team at a time, over eighteen months.",
    "Engineer, Quayside Games, Hull, 2013 - 2016",
    "Wrote the matchmaking service in Go and the tooling that let designers ship game events "
    "without a release.",
]
MAIN = [line for text in PARAGRAPHS for line in wrap_mm(text, 128)]
SIDE_LINES = [entry if isinstance(entry, str) else " ".join(entry) for entry in SIDEBAR]


@pytest.mark.parametrize("gap", [5.0, 6.0, 8.0, 10.0, 12.0])
@pytest.mark.parametrize("top", [18.0, 19.0, 20.0])
def test_sidebar_close_to_main_column_reads_each_column_whole(tmp_path: Path, gap: float, top: float) -> None:
    path = pdf_sidebar_gutter(tmp_path / "gutter.pdf", SIDEBAR, MAIN, gap=gap, sidebar_top=top)
    lines = read_document(path).lines
    texts = [line.text for line in lines]
    # Every word once: nothing dropped at a line end, nothing read twice, nothing glued.
    words = Counter(word for text in texts for word in text.split())
    expected = Counter(word for text in SIDE_LINES + MAIN for word in text.split())
    assert words == expected, (words - expected, expected - words)
    # Each column in one piece: the sidebar's lines, then the main column's.
    assert texts == SIDE_LINES + MAIN, texts
    assert [line.column for line in lines] == [1] * len(SIDE_LINES) + [2] * len(MAIN)


def _sidebar_rects(jut: float) -> list[tuple[float, float, float, float]]:
    """Twelve sidebar lines ending at x <= 150 but one reaching 150 + jut; main lines from 210
    on a different pitch (so the sidebar is no label column)."""
    sidebar = [(20.0, 700.0 - 10 * i, 150.0 + (jut if i == 5 else -10 * (i % 3)), 707.0 - 10 * i) for i in range(12)]
    main = [(210.0, 703.0 - 13 * i, 560.0, 712.0 - 13 * i) for i in range(10)]
    return sidebar + main


@pytest.mark.parametrize("jut", [0.0, 20.0, 45.0, 52.0])
def test_gutter_lies_in_the_clear_gap_beside_a_jutting_line(jut: float) -> None:
    regions = plan_regions(_sidebar_rects(jut), (0.0, 0.0, 612.0, 792.0))
    assert regions is not None
    # One band of two columns, the cut between the jutting line's end and the main column.
    assert [region.column for region in regions] == [1, 2]
    gutter = regions[0].right
    assert 150.0 + jut < gutter < 210.0, gutter
    assert regions[1].right >= 612.0  # the right column reaches the page edge


def _crossing_rects() -> list[tuple[float, float, float, float]]:
    """A sidebar and a main column, with one sidebar line (a long address) running past the
    gutter level with main-column runs: a date flush right, level with it but a little higher."""
    sidebar = [(20.0, 700.0 - 10 * i, 150.0 - 10 * (i % 3), 707.0 - 10 * i) for i in range(14)]
    sidebar[6] = (20.0, 640.0, 330.0, 647.0)
    main = [(210.0, 707.0 - 13 * i, 560.0, 716.0 - 13 * i) for i in range(11) if i != 5]
    main.append((480.0, 641.0, 560.0, 649.0))  # the date, its centre above the long line's
    return sidebar + main


def test_bands_are_never_cut_through_a_run() -> None:
    rects = _crossing_rects()
    regions = plan_regions(rects, (0.0, 0.0, 612.0, 792.0))
    assert regions is not None and {region.column for region in regions} == {0, 1, 2}
    for l, b, r, t in rects:
        for region in regions:
            for edge in (region.bottom, region.top):
                assert not b + 1.0 < edge < t - 1.0, ((l, b, r, t), region)
        holders = [g for g in regions if g.left <= l and r <= g.right and g.bottom <= b and t <= g.top]
        assert len(holders) == 1, ((l, b, r, t), holders)
