"""What each command does, between the option parsing in cli.py and the library.

Loads the rubric, finds the files, runs the pipeline and hands the outcomes to the report
writers: machine output to stdout or files, progress and summaries to stderr.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from screener.errors import NoInputError
from screener.models import Failure, Outcome, Rubric
from screener.batch import Batch
from screener.pipeline import ScreenOptions
from screener.reports import OutputFormat

if TYPE_CHECKING:
    from screener.batch import BatchPlan
    from screener.readers.discover import Discovery


@dataclass(frozen=True)
class ScreenRequest:
    paths: tuple[Path, ...]
    rubric_path: Path | None
    as_of: date
    output_format: OutputFormat
    json_path: str | None
    csv_path: str | None
    top: int | None
    details: bool
    jobs: int
    timeout: float
    use_cache: bool
    quiet: bool
    verbose: bool


def run_screen(request: ScreenRequest) -> int:
    from screener.batch import plan_batch
    from screener.pipeline import EVIDENCE_LIMIT
    from screener.readers import discover
    from screener.rubric import default_rubric_path, load_rubric

    found = discover(request.paths)
    # A named file that is not there is still an input: it gets its own failed record.
    files = (*found.files, *found.missing)
    cache_dir = None
    if request.use_cache:
        from screener.cache import default_cache_dir

        cache_dir = default_cache_dir()
    options = ScreenOptions(
        as_of=request.as_of,
        jobs=request.jobs,
        timeout=request.timeout,
        cache_dir=cache_dir,
        keep_tracebacks=request.verbose,
        evidence_limit=None if request.details else EVIDENCE_LIMIT,
        slim_outcomes=True,
    )
    rubric_path = request.rubric_path or default_rubric_path()
    if not found.files:
        load_rubric(rubric_path)  # a bad rubric is the first thing to say
        raise _no_input(request, found)
    # Cached outcomes are found by the rubric's bytes, before it is parsed; workers start
    # at the first miss and import the pipeline while this process parses the rubric.
    rubric_digest = _digest_of(rubric_path)
    with plan_batch(files, rubric_digest, str(rubric_path), options) as plan:
        if cache_dir is not None and rubric_digest is not None:
            from screener.cache import RubricCache

            rubric = RubricCache(cache_dir).rubric(
                rubric_digest, str(rubric_path), lambda: load_rubric(rubric_path)
            )
        else:
            rubric = load_rubric(rubric_path)
        batch = _screen_with_progress(request, files, rubric, options, plan)
    with batch:
        outcomes = batch.outcomes
        _write_outputs(request, batch, rubric)
    if not request.quiet:
        failed = sum(1 for o in outcomes if o.status == "failed")
        note = f"screened {len(outcomes) - failed} of {len(outcomes)} files"
        if failed:
            note += f"; {failed} could not be read (see their error codes)"
        if found.skipped:
            note += f"; {found.skipped} other files skipped (not PDF or DOCX)"
        _stderr_console().print(note, highlight=False, soft_wrap=True)
    return 0


def _no_input(request: ScreenRequest, found: Discovery) -> NoInputError:
    return NoInputError(
        "no PDF or DOCX files found under "
        + ", ".join(str(p) for p in request.paths)
        + (f" ({found.skipped} other files skipped)" if found.skipped else "")
        + (f" ({', '.join(map(str, found.missing))}: no such file or folder)"
           if found.missing else "")
    )


def _screen_with_progress(
    request: ScreenRequest,
    files: Sequence[Path],
    rubric: Rubric,
    options: ScreenOptions,
    plan: BatchPlan,
) -> Batch:
    """Screen `files` as `plan` says, advancing the progress bar and streaming JSONL as each ends."""
    from screener.batch import screen_batch

    # Rich costs a few tens of ms to import: a quiet run that prints JSON never needs it.
    stderr = _stderr_console() if request.verbose or not request.quiet else None
    stream_jsonl = request.output_format is OutputFormat.jsonl
    with _progress(stderr, len(files), enabled=not request.quiet) as advance:

        def on_outcome(outcome: Outcome, record: bytes) -> None:
            advance()
            if request.verbose and stderr is not None:
                # File names and results only: never résumé text on stderr.
                if isinstance(outcome, Failure):
                    said = f"failed {outcome.code} ({outcome.detail or 'no detail'})"
                else:
                    said = f"screened {outcome.score:.1f} {outcome.verdict}"
                stderr.print(f"{outcome.file}: {said}", highlight=False, markup=False,
                             soft_wrap=True)
            if stream_jsonl:
                from screener.reports.json_report import with_rank

                # The worker's full record (the outcome kept here is slimmed for the
                # terminal), streamed as each finishes, so the rank is not known yet (null).
                sys.stdout.write(with_rank(record.decode("utf-8"), None) + "\n")
                sys.stdout.flush()

        return screen_batch(files, rubric, options, on_outcome, plan)


def _write_outputs(request: ScreenRequest, batch: Batch, rubric: Rubric) -> None:
    outcomes = batch.outcomes
    if request.json_path or request.output_format is OutputFormat.json:
        from screener.reports.json_report import ranks_of, report_head, with_rank, write_report

        head = report_head(outcomes, rubric, request.as_of)
        ranks = ranks_of(outcomes)

        def write(out: TextIO) -> None:
            write_report(out, head, (with_rank(t, r) for t, r in zip(batch.records(), ranks)))

        if request.json_path:
            _write_to(request.json_path, write)
        if request.output_format is OutputFormat.json and request.json_path != "-":
            write(sys.stdout)
    if request.csv_path or request.output_format is OutputFormat.csv:
        from screener.reports.csv_report import write_csv

        if request.csv_path:
            _write_to(request.csv_path, lambda out: write_csv(out, outcomes, rubric))
        if request.output_format is OutputFormat.csv and request.csv_path != "-":
            write_csv(sys.stdout, outcomes, rubric)
    if request.output_format is OutputFormat.table:
        from rich.console import Console

        from screener.reports.terminal import render

        render(Console(), outcomes, rubric, details=request.details, top=request.top,
               full=batch.full)


def _write_to(target: str, write: Callable[[TextIO], None]) -> None:
    """Write to stdout for '-', else atomically: an interrupted run leaves no half file."""
    if target == "-":
        write(sys.stdout)
        return
    path = Path(target)
    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            write(out)
        # mkstemp makes the file private; give it the mode any new file would get.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _digest_of(path: Path) -> str | None:
    """The SHA-256 of a rubric's bytes (what Rubric.sha256 holds), or None if unreadable."""
    from screener.errors import ReadError
    from screener.pipeline import file_sha256

    try:
        return file_sha256(path)
    except (OSError, ReadError):
        return None  # load_rubric says what is wrong with it


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


@contextmanager
def _progress(console, total: int, *, enabled: bool) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr with count, rate and ETA, only when stderr is a terminal."""
    if not (enabled and console is not None and console.is_terminal and total > 1):
        yield lambda: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed:.1f} files/s" if task.speed else "")

    with Progress(
        TextColumn("screening"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("screening", total=total)
        yield lambda: progress.advance(task)


def check_rubric(path: Path) -> int:
    from rich.console import Console

    from screener.reports.terminal import render_rubric
    from screener.rubric import load_rubric

    render_rubric(Console(), load_rubric(path))
    return 0


def parse_one(path: Path, as_of: date, show_lines: bool, as_json: bool) -> int:
    from rich.console import Console

    from screener.batch import parse_files
    from screener.reports.parsed import render_parsed

    outcome = parse_files([path], as_of)[0]
    render_parsed(Console(), outcome, show_lines=show_lines, as_json=as_json)
    return 0 if isinstance(outcome, tuple) else 1
