"""What each kind's check returns before it becomes a CheckResult with points."""

from __future__ import annotations

from dataclasses import dataclass

from screener.models import CheckStatus, Criterion, Evidence


@dataclass(frozen=True, slots=True)
class Check:
    status: CheckStatus
    fraction: float  # share of the criterion's weight earned, 0..1
    reason: str
    evidence: tuple[Evidence, ...] = ()


def check(
    c: Criterion,
    status: CheckStatus,
    fraction: float,
    reason: str,
    evidence: tuple[Evidence, ...] = (),
) -> Check:
    """A Check with the fraction kept in 0..1 (unknown earns nothing and counts for nothing)."""
    fraction = 0.0 if status in ("unknown", "unmet") else max(0.0, min(1.0, fraction))
    return Check(status, fraction, reason, evidence)
