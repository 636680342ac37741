"""OUTCOMES -> the terminal report (Rich): a scored checklist per candidate, then a ranked table.

Meaning never rests on colour alone: each status has a symbol and a word, so the report reads
the same piped, with NO_COLOR, or on a monochrome terminal. Résumé text goes through
`Text` objects, never markup, so brackets in a résumé cannot restyle the report.
The caller builds the Console (width, colour, stderr/stdout); tests pin it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from screener.models import CheckResult, Evidence, Failure, Outcome, Rubric, Screening
from screener.ranking import ranked
from screener.reports.grid import Framed, Grid, GridColumn

SYMBOLS = {"met": "✓", "partial": "◐", "unmet": "✗", "unknown": "?"}
STATUS_STYLES = {"met": "green", "partial": "yellow", "unmet": "red", "unknown": "cyan"}
VERDICT_STYLES = {"shortlist": "bold green", "review": "bold yellow", "below bar": "bold red"}
BAR_WIDTH = 20
SNIPPET = 70  # characters of evidence shown in the checklist


PANEL_LIMIT = 20  # checklists shown without --top
SUMMARY_LIMIT = 200  # ranked-summary rows shown without --top


def render(
    console: Console,
    outcomes: Sequence[Outcome],
    rubric: Rubric,
    *,
    details: bool = False,
    top: int | None = None,
    full: Callable[[Screening], Screening] | None = None,
) -> None:
    """Print one panel per screened candidate (best first), the ranked summary and the failures.

    `full` gives a candidate's checks with their reasons and evidence when `outcomes` hold
    lighter copies (a big batch keeps those; see batch.Batch.full).
    """
    order = ranked(outcomes)
    screened = [o for o in order if isinstance(o, Screening)]
    failed = [o for o in order if isinstance(o, Failure)]
    shown = screened[:top] if top is not None else screened
    # Thousands of checklists help nobody: without --top, a big batch gets the checklists
    # of its best candidates and the ranked summary of everyone.
    panels = shown if top is not None else shown[:PANEL_LIMIT]
    # The grids size their own lines to the console: Rich need not crop them again.
    for rank, screening in enumerate(panels, start=1):
        whole = full(screening) if full is not None else screening
        console.print(candidate_panel(whole, rank, details=details), crop=False)
    if len(panels) < len(shown):
        console.print(
            Text(
                f"Checklists shown for the {len(panels)} best of {len(shown)} candidates; "
                "use --top N for more."
            )
        )
    # Likewise the ranked summary: a terminal is no place for ten thousand rows; the
    # JSON and CSV reports hold everyone.
    listed = shown if top is not None else shown[:SUMMARY_LIMIT]
    if screened:
        console.print(summary_table(listed, rubric, console.width), crop=False)
    if len(listed) < len(screened):
        hint = f"--top {top}" if top is not None else "use --top N, --csv or --json for all"
        console.print(
            Text(f"{len(screened) - len(listed)} more screened candidate(s) not shown ({hint}).")
        )
    if failed:
        console.print(failures_table(failed))
    if not outcomes:
        console.print(Text("No résumés to report."))


def candidate_panel(s: Screening, rank: int, *, details: bool = False) -> Framed:
    name = s.facts.contact.name or "(name not found)"
    head = Text()
    head.append("Score   ")
    head.append_text(score_bar(s.score))
    head.append(f"  {s.score:.1f} / 100\n")
    head.append("Verdict ")
    head.append(s.verdict, style=VERDICT_STYLES.get(s.verdict, "bold"))
    head.append("  (a recommendation; a person decides)")
    if s.failed_knockouts:
        labels = {c.id: c.label for c in s.checks}
        head.append("\nKnockouts not met: ", style="bold")
        head.append("; ".join(f"{k} ({labels.get(k, k)})" for k in s.failed_knockouts))
    doubtful = [c for c in s.checks if c.required and c.status in ("partial", "unknown")]
    if doubtful:  # these cap the verdict at review: say which, so the reader knows what to check
        head.append("\nKnockouts to check: ", style="bold")
        head.append("; ".join(f"{c.id} ({c.status})" for c in doubtful))
    title = Text(f"#{rank} {name}", style="bold")
    return Framed(head, checklist(s.checks, details=details), title=title, subtitle=Text(s.file))


def checklist(checks: Sequence[CheckResult], *, details: bool = False) -> Grid:
    table = Grid(
        GridColumn("status"),
        GridColumn("check", ratio=3),
        GridColumn("points", justify="right"),
        GridColumn("evidence" if not details else "why, and evidence", ratio=4),
    )
    for c in checks:
        label = Text(c.label)
        if c.required:
            label.append(" [knockout]", style="bold")
        points = "–" if c.status == "unknown" else f"{c.points:g}/{c.weight:g}"
        table.add_row(
            Text(f"{SYMBOLS[c.status]} {c.status}", style=STATUS_STYLES[c.status]),
            label,
            points,
            _evidence_cell(c, details),
        )
    return table


def _evidence_cell(c: CheckResult, details: bool) -> Text:
    if not details:
        if c.evidence:
            return _snippet(c.evidence[0], SNIPPET, focus=_focus_words(c.reason))
        return Text(c.reason, style="dim")
    cell = Text(c.reason)
    for e in c.evidence:
        cell.append("\n")
        cell.append_text(_snippet(e, None))
    return cell


def _snippet(e: Evidence, limit: int | None, focus: tuple[str, ...] = ()) -> Text:
    """The evidence line, cut to `limit`; a long line is cut around the first word the
    check's reason names (the skill or figure found), so the proof stays in view."""
    text = " ".join(e.text.split())
    if limit is not None and len(text) > limit:
        at = _first_focus(text, focus)
        if at > limit - 25:  # the named word would fall off the end: start near it
            cut = text.find(" ", max(0, at - 20), at)  # at a word boundary
            text = "…" + text[(cut + 1 if cut >= 0 else at) :]
        if len(text) > limit:
            text = text[: limit - 1].rstrip() + "…"
    out = Text(f"{e.where()} ", style="dim")
    out.append(text)
    return out


# Words of a check's reason that say how it was judged rather than what was found.
_REASON_WORDS = frozenset(
    "found named asked one all of in and or the not dated role roles skills skill projects "
    "experience years year summary header other section sections none only weak signs sign "
    "largest figure matching titles title senior lead architect".split()
)


def _focus_words(reason: str) -> tuple[str, ...]:
    words = re.findall(r"[A-Za-z][\w.+#/-]*[\w+#]", reason)
    return tuple(w for w in words if len(w) > 1 and w.lower() not in _REASON_WORDS)


def _first_focus(text: str, focus: tuple[str, ...]) -> int:
    folded = text.lower()
    places = [folded.find(w.lower()) for w in focus]
    return min((p for p in places if p >= 0), default=0)


def score_bar(score: float, width: int = BAR_WIDTH) -> Text:
    filled = max(0, min(width, round(score / 100 * width)))
    bar = Text("█" * filled, style="bold")
    bar.append("░" * (width - filled), style="dim")
    return bar


def summary_table(screened: Sequence[Screening], rubric: Rubric, width: int = 100) -> Grid:
    """One row per candidate: the name, with its file and any failed knockouts beneath it.

    The short columns never wrap; the name cell takes what is left, so an 80-column
    terminal still shows names and files whole.
    """
    table = Grid(
        GridColumn("rank", justify="right"),
        GridColumn("candidate", ratio=1),  # name, file, failed knockouts
        GridColumn("score", justify="right"),
        GridColumn("verdict"),
        GridColumn("years", justify="right"),
        GridColumn("senior", justify="right"),
        GridColumn("degree"),
        title=Text(f"Ranking for {rubric.title}"),
        rule="━",
        expand=width >= 100,
    )
    shown_as = _short_paths([s.file for s in screened])
    for rank, s in enumerate(screened, start=1):
        f = s.facts
        who = Text(f.contact.name or "(name not found)")
        who.append("\n")
        who.append(shown_as[s.file], style="dim")
        if s.failed_knockouts:
            who.append("\n✗ " + ", ".join(s.failed_knockouts), style="bold")
        table.add_row(
            str(rank),
            who,
            f"{s.score:.1f}",
            Text(s.verdict, style=VERDICT_STYLES.get(s.verdict, "")),
            f"{f.experience_years:g}" if f.roles else "?",
            f"{f.senior_years:g}" if f.roles else "?",
            f.highest_degree,
        )
    return table


def _short_paths(files: Sequence[str]) -> dict[str, str]:
    """Each file relative to the folder all of them share: the part that tells them apart."""
    import os.path

    if not files:
        return {}
    try:
        common = os.path.commonpath([os.path.dirname(f) or "." for f in files])
    except ValueError:  # absolute and relative paths mixed
        return {f: f for f in files}
    return {f: os.path.relpath(f, common) if common else f for f in files}


def failures_table(failed: Sequence[Failure]) -> Table:
    table = Table(title=Text("Could not screen"), box=box.SIMPLE_HEAVY)
    table.add_column("file", overflow="fold")
    table.add_column("error", no_wrap=True)
    table.add_column("what to do", ratio=1)
    for f in failed:
        table.add_row(Text(f.file), Text(f"✗ {f.code}"), Text(f.message))
    return table


def render_rubric(console: Console, rubric: Rubric) -> None:
    """What `screener rubric check FILE` prints: the criteria, their weights and settings."""
    from screener.rubric import describe_rubric

    rows = describe_rubric(rubric)
    table = Table(
        title=Text(f"{rubric.title}: {len(rows)} criteria"), box=box.SIMPLE_HEAVY, pad_edge=False
    )
    table.add_column("id, kind, role", no_wrap=True)
    table.add_column("weight", justify="right", no_wrap=True)
    table.add_column("share", justify="right", no_wrap=True)
    table.add_column("label, then settings")
    for r in rows:
        who = Text(r.id, style="bold")
        who.append(f"\n{r.kind}, {r.role}", style="dim")
        what = Text(r.label)
        what.append("\n")
        what.append(r.settings, style="dim")
        table.add_row(who, f"{r.weight:g}", f"{r.share:g}%", what)
    console.print(table)
    v = rubric.verdicts
    console.print(
        Text(
            f"Verdicts: shortlist at {v.shortlist:g}+, review at {v.review:g}+, "
            "below bar under that. Knockouts: an unmet one caps the verdict at below bar; "
            "a partial or unknown one at review."
        )
    )
