"""What each kind's check returns before it becomes a CheckResult with points, and the
per-criterion values the checks build once instead of per résumé."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, NamedTuple, TypeVar

from screener.models import CheckResult, CheckStatus, Criterion, Evidence

T = TypeVar("T")


class Check(NamedTuple):  # a tuple: made for every criterion of every résumé, it must be cheap
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


_RESULT_FIELDS = (
    "id", "label", "kind", "required", "weight", "status", "points", "reason", "evidence"
)  # fmt: skip


def result(c: Criterion, found: Check) -> CheckResult:
    """The Check as the criterion's CheckResult; one object for a criterion's constant answer."""
    shared = _SHARED_RESULTS.get(id(found))
    if shared is not None:
        return shared
    return _result(c, found)


def _made_by_constructor(c: Criterion, found: Check) -> CheckResult:
    return CheckResult(
        c.id,
        c.label,
        c.kind,
        c.required,
        c.weight,
        found.status,
        round(c.weight * found.fraction, 2),
        found.reason,
        found.evidence,
    )


def _slot_maker() -> Callable[[Criterion, Check], CheckResult]:
    """_made_by_constructor's result, with CheckResult's slots set directly on a new object.

    A CheckResult is made for most criteria of every résumé. Its frozen __init__ sets each
    field through object.__setattr__; the slots' own setters do the same in a third of the
    time (a test checks that the two results are equal).
    """
    slot_setters = tuple(CheckResult.__dict__[f.name].__set__ for f in fields(CheckResult))
    id_, label, kind, required, weight, status, points, reason, evidence = slot_setters
    new = object.__new__

    def make(c: Criterion, found: Check) -> CheckResult:
        made = new(CheckResult)
        id_(made, c.id)
        label(made, c.label)
        kind(made, c.kind)
        required(made, c.required)
        weight(made, c.weight)
        status(made, found.status)
        points(made, round(c.weight * found.fraction, 2))
        reason(made, found.reason)
        evidence(made, found.evidence)
        return made

    return make


_result = (
    _slot_maker()
    if [f.name for f in fields(CheckResult)] == list(_RESULT_FIELDS)
    and all(name in CheckResult.__dict__ for name in _RESULT_FIELDS)
    else _made_by_constructor
)


# Values derived from a criterion alone (its patterns, its reason when nothing is found),
# by id(criterion) and name; the criterion is kept, so its id stays its own. A rubric has a
# few dozen criteria and a run one rubric: the bound only guards a process that loads many.
_PREPARED: dict[tuple[int, str], tuple[Criterion, Any]] = {}
# id(Check) of each constant answer kept in _PREPARED -> its CheckResult.
_SHARED_RESULTS: dict[int, CheckResult] = {}
_MOST_PREPARED = 4096


def prepared(c: Criterion, name: str, make: Callable[[Criterion], T]) -> T:
    """make(c), made once per criterion and kept."""
    entry = _PREPARED.get((id(c), name))
    if entry is None or entry[0] is not c:
        if len(_PREPARED) >= _MOST_PREPARED:
            _PREPARED.clear()
            _SHARED_RESULTS.clear()
        entry = _PREPARED[(id(c), name)] = (c, make(c))
    return entry[1]


def constant(c: Criterion, name: str, make: Callable[[Criterion], Check]) -> Check:
    """A Check that is the same for every résumé (nothing asked for was found), made once;
    result() turns it into one shared CheckResult, so evaluate() builds neither again."""
    entry = _PREPARED.get((id(c), name))
    if entry is None or entry[0] is not c:
        found = prepared(c, name, make)
        _SHARED_RESULTS[id(found)] = _result(c, found)
        return found
    return entry[1]
