"""The batch order every report shares: screened candidates by score, best first, then failures."""

from __future__ import annotations

from collections.abc import Iterable

from screener.models import Failure, Outcome, Screening


def ranked(outcomes: Iterable[Outcome]) -> list[Outcome]:
    """Screened by score descending (ties by file path, so runs are repeatable), then failures by path."""
    outcomes = list(outcomes)
    screened = sorted(
        (o for o in outcomes if isinstance(o, Screening)), key=lambda o: (-o.score, o.file)
    )
    failed = sorted((o for o in outcomes if isinstance(o, Failure)), key=lambda o: o.file)
    return [*screened, *failed]
