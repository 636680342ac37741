"""The command line: options in, one library call, a report out, errors to exit codes.

`screen PATH...` screens résumés; `screener` groups the other commands (rubric check,
parse, cache clear). Heavy modules are imported inside the commands so `--help` and
`--version` answer at once.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from screener import __version__
from screener.errors import ExitCode, NoInputError, ScreenerError
from screener.reports import OutputFormat

screen_app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
screener_app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Tools around `screen`: check a rubric, see what was read from one résumé, manage the cache.",
)
rubric_app = typer.Typer(no_args_is_help=True, help="Work with rubric files.")
cache_app = typer.Typer(no_args_is_help=True, help="Manage the cache of read documents.")
screener_app.add_typer(rubric_app, name="rubric")
screener_app.add_typer(cache_app, name="cache")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"screener {__version__}")
        raise typer.Exit()


def _parse_as_of(value: Optional[str]) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2026-11-01") from None


RubricOption = Annotated[
    Optional[Path],
    typer.Option(
        "--rubric",
        help="Rubric YAML file. Default: ./rubric.yaml when present, else the packaged "
        "Backend Architect rubric.",
        dir_okay=False,
    ),
]
AsOfOption = Annotated[
    Optional[str],
    typer.Option("--as-of", metavar="YYYY-MM-DD", help='What "Present" means. Default: today.'),
]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="Say more on stderr; show tracebacks.")
]


@screen_app.command(no_args_is_help=True)
def screen(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Résumé files (PDF, DOCX) and folders to search recursively."),
    ],
    rubric: RubricOption = None,
    json_path: Annotated[
        Optional[str],
        typer.Option("--json", metavar="FILE", help="Also write the JSON report here ('-' for stdout)."),
    ] = None,
    csv_path: Annotated[
        Optional[str],
        typer.Option("--csv", metavar="FILE", help="Also write a CSV, one row per candidate ('-' for stdout)."),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="What to print on stdout.")
    ] = OutputFormat.table,
    as_of: AsOfOption = None,
    top: Annotated[
        Optional[int], typer.Option("--top", min=1, help="Show only the N best candidates.")
    ] = None,
    details: Annotated[
        bool, typer.Option("--details", help="Show all evidence for every check.")
    ] = False,
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes. Default: CPU count.")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1, metavar="SECONDS", help="Time limit per file.")
    ] = 30.0,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Read every file again; do not use the cache.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
    verbose: VerboseOption = False,
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Screen résumés against a rubric: a scored checklist per candidate, then a ranked table."""
    from screener.app import ScreenRequest, run_screen

    request = ScreenRequest(
        paths=tuple(paths),
        rubric_path=rubric,
        as_of=_parse_as_of(as_of),
        output_format=output_format,
        json_path=json_path,
        csv_path=csv_path,
        top=top,
        details=details,
        jobs=jobs or os.cpu_count() or 1,
        timeout=timeout,
        use_cache=not no_cache,
        quiet=quiet,
        verbose=verbose,
    )
    _guarded(lambda: run_screen(request), verbose)


@rubric_app.command("check")
def rubric_check(
    file: Annotated[Path, typer.Argument(help="The rubric YAML file to validate.")],
) -> None:
    """Validate a rubric and list its criteria with their weights."""
    from screener.app import check_rubric

    _guarded(lambda: check_rubric(file), verbose=False)


@screener_app.command("parse")
def parse(
    file: Annotated[Path, typer.Argument(help="One résumé file (PDF or DOCX).")],
    as_of: AsOfOption = None,
    show_lines: Annotated[
        bool, typer.Option("--lines", help="Also print every line read, with page:line.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the facts as JSON.")] = False,
    verbose: VerboseOption = False,
) -> None:
    """Show what was read and understood from one résumé (no rubric applied)."""
    from screener.app import parse_one

    _guarded(lambda: parse_one(file, _parse_as_of(as_of), show_lines, as_json), verbose)


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached document."""
    from screener.cache import clear_cache, default_cache_dir

    removed = clear_cache(default_cache_dir())
    typer.echo(f"removed {removed} cache entries", err=True)


def _guarded(action, verbose: bool) -> None:
    """The one place errors become exit codes; a traceback only with --verbose."""
    try:
        code = action()
    except ScreenerError as error:
        if verbose:
            raise
        typer.echo(f"screen: {error.message}" if isinstance(error, NoInputError) else error.message,
                   err=True)
        raise typer.Exit(code=int(error.exit_code)) from None
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(code=int(ExitCode.INTERRUPTED)) from None
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): stop quietly, as Unix tools do.
        sys.stderr.close()
        raise typer.Exit(code=0) from None
    raise typer.Exit(code=int(code or 0))


def screen_main() -> None:
    screen_app(prog_name="screen")


def screener_main() -> None:
    screener_app(prog_name="screener")
