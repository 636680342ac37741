"""RUBRIC FILE -> a validated Rubric, every problem reported as FILE:LINE: key.path: message.

The language is documented in docs/rubric.md. `describe_rubric` gives the rows that
`screener rubric check` prints.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screener.errors import RubricError, RubricProblem
from screener.models import Criterion, Rubric, Verdicts
from screener.rubric.checker import Checker, type_name
from screener.rubric.kinds import KIND_KEYS, KIND_READERS, Taxonomy
from screener.rubric.yaml_lines import LineDict, LineList

__all__ = ["RubricRow", "default_rubric_path", "describe_rubric", "load_rubric", "parse_rubric"]

TOP_KEYS = ("title", "source", "verdicts", "criteria")
COMMON_KEYS = ("id", "label", "kind", "weight", "required", "source")
_ID = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")
_NOT_GIVEN: Any = object()


def default_rubric_path() -> Path:
    """./rubric.yaml when the current folder has one, else the packaged Backend Architect rubric."""
    local = Path("rubric.yaml")
    if local.is_file():
        return local
    from importlib.resources import files

    return Path(str(files("screener") / "data" / "rubric.yaml"))


def load_rubric(path: Path, taxonomy: Taxonomy | None = _NOT_GIVEN) -> Rubric:
    """Read and validate a rubric file. Raises RubricError listing every problem at once.

    `taxonomy` checks skill names; by default the project's taxonomy (skipped if unavailable).
    """
    shown = str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise RubricError(
            [
                RubricProblem(
                    shown, None, "", "no such file; pass an existing rubric (see docs/rubric.md)"
                )
            ]
        ) from None
    except IsADirectoryError:
        raise RubricError(
            [RubricProblem(shown, None, "", "is a folder, not a rubric file")]
        ) from None
    except OSError as error:
        raise RubricError(
            [RubricProblem(shown, None, "", f"cannot be read ({type(error).__name__})")]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise RubricError(
            [RubricProblem(shown, None, "", "is not UTF-8 text; save it as UTF-8")]
        ) from None
    if taxonomy is _NOT_GIVEN:
        taxonomy = _project_taxonomy()
    rubric = parse_rubric(text, shown, taxonomy)
    return Rubric(
        rubric.title,
        rubric.criteria,
        rubric.verdicts,
        rubric.source,
        shown,
        hashlib.sha256(raw).hexdigest(),
    )


def parse_rubric(text: str, path: str = "rubric.yaml", taxonomy: Taxonomy | None = None) -> Rubric:
    """Validate rubric YAML text; `path` only names the file in problems."""
    import yaml

    from screener.rubric.yaml_lines import load_yaml

    ck = Checker(path)
    try:
        data, yaml_problems = load_yaml(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        message = " ".join(p for p in (error.context, error.problem) if p) or "invalid YAML"
        raise RubricError([RubricProblem(path, line, "", f"invalid YAML: {message}")]) from None
    except yaml.YAMLError as error:
        raise RubricError(
            [RubricProblem(path, None, "", f"invalid YAML ({type(error).__name__})")]
        ) from None
    for line, message in yaml_problems:
        ck.add(line, "", message)
    top = ck.mapping(data, 1, "") if data is not None else None
    if data is None:
        ck.add(1, "", "the file is empty; see docs/rubric.md for the keys a rubric needs")
    if top is None:
        raise RubricError(ck.problems)
    ck.known_keys(top, TOP_KEYS, "")
    title = ck.text(top, "title", "", required=True) or ""
    source = ck.text(top, "source", "")
    verdicts = _verdicts(ck, top)
    criteria = _criteria(ck, top, taxonomy)
    if ck.problems:
        raise RubricError(sorted(ck.problems, key=lambda p: p.line or 0))
    return Rubric(title=title, criteria=criteria, verdicts=verdicts, source=source)


def _verdicts(ck: Checker, top: LineDict) -> Verdicts:
    if "verdicts" not in top:
        return Verdicts()
    data = ck.mapping(top["verdicts"], top.line_of("verdicts"), "verdicts")
    if data is None:
        return Verdicts()
    ck.known_keys(data, ("shortlist", "review"), "verdicts")
    defaults = Verdicts()
    shortlist = ck.number(data, "shortlist", "verdicts", default=defaults.shortlist, high=100)
    review = ck.number(data, "review", "verdicts", default=defaults.review, high=100)
    if shortlist is not None and review is not None and review > shortlist:
        ck.add(
            data.line,
            "verdicts",
            f"review ({review:g}) must not be above shortlist ({shortlist:g})",
        )
    return Verdicts(float(shortlist), float(review))


def _criteria(ck: Checker, top: LineDict, taxonomy: Taxonomy | None) -> tuple[Criterion, ...]:
    raw = ck.get(top, "criteria", "", required=True)
    if not isinstance(raw, LineList) or not raw:
        if "criteria" in top:
            ck.add(
                top.line_of("criteria"),
                "criteria",
                f"must be a non-empty list of criteria, not {type_name(raw)}",
            )
        return ()
    out: list[Criterion] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw):
        kp = f"criteria[{index}]"
        c = ck.mapping(item, raw.line_of(index), kp)
        if c is None:
            continue
        cid = ck.text(c, "id", kp, required=True)
        if cid is not None:
            kp = f"criteria[{cid}]"
            if not _ID.match(cid):
                ck.add(
                    c.line_of("id"),
                    f"{kp}.id",
                    "use lower-case letters, digits, '-' or '_' (it names a CSV column)",
                )
            if cid in seen:
                ck.add(c.line_of("id"), f"{kp}.id", f"duplicate id (first on line {seen[cid]})")
            seen.setdefault(cid, c.line_of("id"))
        label = ck.text(c, "label", kp, required=True)
        kind = ck.text(c, "kind", kp, required=True)
        weight = ck.number(c, "weight", kp, required=True, low=0)
        required = ck.boolean(c, "required", kp, False)
        source = ck.text(c, "source", kp)
        if kind is not None and kind not in KIND_READERS:
            from screener.rubric.checker import closest

            hint = closest(kind, KIND_READERS)
            also = f"; did you mean '{hint}'?" if hint else ""
            ck.add(
                c.line_of("kind"),
                f"{kp}.kind",
                f"unknown kind '{kind}'{also} (one of {', '.join(KIND_READERS)})",
            )
            kind = None
        if kind is None:
            continue
        ck.known_keys(c, COMMON_KEYS + KIND_KEYS[kind], kp)
        spec = KIND_READERS[kind](ck, c, kp, taxonomy)
        if cid and label and weight is not None:
            out.append(Criterion(cid, label, kind, float(weight), required, spec, source, c.line))
    return tuple(out)


def _project_taxonomy() -> Taxonomy | None:
    try:
        from screener.taxonomy import load_taxonomy
    except ImportError:  # the skills stage not installed yet: skill names go unchecked
        return None
    return load_taxonomy()


# --------------------------------------------------------------------------- rubric check


@dataclass(frozen=True, slots=True)
class RubricRow:
    """One criterion as `screener rubric check` lists it."""

    id: str
    label: str
    kind: str
    role: str  # "knockout" or "preferred"
    weight: float
    share: float  # percent of all weight
    settings: str
    source: str | None


def describe_rubric(rubric: Rubric) -> list[RubricRow]:
    """The criteria with their share of the score and a one-line summary of their settings."""
    total = sum(c.weight for c in rubric.criteria) or 1.0
    return [
        RubricRow(
            c.id,
            c.label,
            c.kind,
            "knockout" if c.required else "preferred",
            c.weight,
            round(100 * c.weight / total, 1),
            _settings(c),
            c.source,
        )
        for c in rubric.criteria
    ]


def _settings(c: Criterion) -> str:
    s = c.spec
    if c.kind == "degree":
        text = f"{s['minimum']} or above"
        if s["preferred"]:
            text += f", {s['preferred']} preferred"
        if s["fields"]:
            text += f"; fields: {', '.join(s['fields'])}"
        for eq in s["equivalent"]:
            text += f"; {eq['level']} + {eq['experience_years']:g} years counts"
        return text
    if c.kind in ("experience", "seniority"):
        words = s.get("roles") or s.get("titles") or ()
        text = f"{s['minimum_years']:g}+ years"
        return text + (f" in roles matching {', '.join(words)}" if words else "")
    if c.kind in ("skills", "phrases"):
        names = s["skills"] if c.kind == "skills" else tuple(x["name"] for x in s["concepts"])
        how = {"any": "any of", "all": "all of", "at_least": f"at least {s['need']} of"}[s["mode"]]
        text = f"{how} {', '.join(names)}"
        return text + ("; must appear in a dated role" if s.get("in_experience") else "")
    if c.kind == "metric":
        return f"a figure of {s['minimum']:,.0f}+ {s['units'][0]}"
    if c.kind == "location":
        parts = list(s["places"][:4]) + (
            [f"anywhere in the {s['remote_within']} (remote)"] if s["remote_within"] else []
        )
        return "; ".join(parts)
    if c.kind == "evidence":
        return ", ".join((*s["sections"], *s["strong"][:4]))
    return ""
