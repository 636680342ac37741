"""The settings of each criterion kind: which keys it takes and how they are checked.

Each reader turns a criterion mapping into the plain `spec` dict evaluate() uses
(tuples, strings and numbers only, so a Rubric pickles and prints as JSON).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from screener.models import DEGREE_LEVELS, degree_rank
from screener.rubric.checker import MISSING, Checker, closest, type_name
from screener.rubric.yaml_lines import LineDict, LineList


class Taxonomy(Protocol):
    names: Any

    def canonical(self, name: str) -> str | None: ...


COUNTRIES = ("US",)  # countries whose places evaluate() knows, for `remote_within`
MODES = ("any", "all", "at_least")


def _level(ck: Checker, data: LineDict, key: str, kp: str, *, required: bool = False) -> str | None:
    value = ck.text(data, key, kp, required=required)
    if value is None:
        return None
    if value not in DEGREE_LEVELS:
        hint = closest(value, DEGREE_LEVELS, cutoff=50)
        also = f"; did you mean '{hint}'?" if hint else ""
        ck.add(
            data.line_of(key),
            f"{kp}.{key}",
            f"unknown degree level '{value}'{also} (one of {', '.join(DEGREE_LEVELS)})",
        )
        return None
    return value


def _degree(ck: Checker, c: LineDict, kp: str, _: Taxonomy | None) -> dict[str, Any]:
    minimum = _level(ck, c, "minimum", kp, required=True)
    preferred = _level(ck, c, "preferred", kp)
    if minimum and preferred and degree_rank(preferred) < degree_rank(minimum):
        ck.add(
            c.line_of("preferred"), f"{kp}.preferred", f"must not be below the minimum '{minimum}'"
        )
    equivalent: list[dict[str, Any]] = []
    raw = ck.get(c, "equivalent", kp)
    if raw is not MISSING:
        if not isinstance(raw, LineList) or not raw:
            ck.add(
                c.line_of("equivalent"),
                f"{kp}.equivalent",
                f"must be a non-empty list, not {type_name(raw)}",
            )
        else:
            for i, item in enumerate(raw):
                ikp = f"{kp}.equivalent[{i}]"
                item = ck.mapping(item, raw.line_of(i), ikp)
                if item is None:
                    continue
                ck.known_keys(item, ("level", "experience_years"), ikp)
                level = _level(ck, item, "level", ikp, required=True)
                years = ck.number(item, "experience_years", ikp, required=True, low=0)
                if level and years is not None:
                    equivalent.append({"level": level, "experience_years": float(years)})
    return {
        "minimum": minimum,
        "preferred": preferred,
        "fields": tuple(_aliases(ck, c, "fields", kp) or ()),
        "equivalent": tuple(equivalent),
    }


def _years(ck: Checker, c: LineDict, kp: str, words: str) -> dict[str, Any]:
    return {
        "minimum_years": ck.number(c, "minimum_years", kp, required=True, low=0, above_low=True),
        words: tuple(_aliases(ck, c, words, kp) or ()),
        "partial": ck.boolean(c, "partial", kp, True),
    }


def _mode(
    ck: Checker, c: LineDict, kp: str, item: Callable[[Any, int, str], Any]
) -> dict[str, Any]:
    """Exactly one of `any: [...]`, `all: [...]` or `at_least: N` with `of: [...]`."""
    given = [m for m in MODES if m in c]
    if len(given) != 1:
        what = "none" if not given else " and ".join(given)
        ck.add(
            c.line,
            kp,
            f"needs exactly one of any: [...], all: [...] or at_least: N with of: [...] (found {what})",
        )
        return {"mode": "any", "need": 1, "items": ()}
    mode = given[0]
    need = 1
    list_key = mode
    if mode == "at_least":
        need = int(ck.number(c, "at_least", kp, low=1, integer=True) or 1)
        list_key = "of"
        if "of" not in c:
            ck.add(
                c.line_of("at_least"),
                f"{kp}.of",
                "is missing: at_least: N needs the list in of: [...]",
            )
            return {"mode": mode, "need": need, "items": ()}
    elif "of" in c:
        ck.add(c.line_of("of"), f"{kp}.of", f"only goes with at_least; put the list under {mode}:")
    raw = c[list_key]
    lkp = f"{kp}.{list_key}"
    if not isinstance(raw, LineList) or not raw:
        ck.add(c.line_of(list_key), lkp, f"must be a non-empty list, not {type_name(raw)}")
        return {"mode": mode, "need": need, "items": ()}
    items = tuple(
        x
        for x in (item(v, raw.line_of(i), f"{lkp}[{i}]") for i, v in enumerate(raw))
        if x is not None
    )
    if mode == "at_least" and need > len(raw):
        ck.add(
            c.line_of("at_least"),
            f"{kp}.at_least",
            f"asks for {need} but the list has only {len(raw)}",
        )
    return {"mode": mode, "need": need, "items": items}


def _skills(ck: Checker, c: LineDict, kp: str, taxonomy: Taxonomy | None) -> dict[str, Any]:
    def skill(value: Any, line: int, ikp: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            ck.add(line, ikp, f"must be a skill name, not {type_name(value)}")
            return None
        name = value.strip()
        if taxonomy is None:
            return name
        canonical = taxonomy.canonical(name)
        if canonical == name:
            return name
        if canonical is not None:
            ck.add(
                line, ikp, f"'{name}' is another spelling; write the taxonomy name '{canonical}'"
            )
            return None
        hint = closest(name, list(taxonomy.names))
        also = f"; did you mean '{hint}'?" if hint else " (see screener/data/skills.yaml)"
        ck.add(line, ikp, f"unknown skill '{name}'{also}")
        return None

    spec = _mode(ck, c, kp, skill)
    spec["skills"] = spec.pop("items")
    spec["in_experience"] = ck.boolean(c, "in_experience", kp, False)
    return spec


def _phrases(ck: Checker, c: LineDict, kp: str, _: Taxonomy | None) -> dict[str, Any]:
    def concept(value: Any, line: int, ikp: str) -> dict[str, Any] | None:
        if isinstance(value, str) and value.strip():
            return {"name": value.strip(), "aliases": (_alias(ck, value, line, ikp),)}
        item = ck.mapping(value, line, ikp)
        if item is None:
            return None
        ck.known_keys(item, ("name", "aliases"), ikp)
        name = ck.text(item, "name", ikp, required=True)
        aliases = _aliases(ck, item, "aliases", ikp) or []
        if name is None:
            return None
        return {
            "name": name,
            "aliases": (_alias(ck, name, item.line_of("name"), f"{ikp}.name"), *aliases),
        }

    spec = _mode(ck, c, kp, concept)
    spec["concepts"] = spec.pop("items")
    spec["fuzzy"] = ck.boolean(c, "fuzzy", kp, True)
    spec["cutoff"] = float(ck.number(c, "cutoff", kp, default=90, low=75, high=100))
    return spec


def _metric(ck: Checker, c: LineDict, kp: str, _: Taxonomy | None) -> dict[str, Any]:
    return {
        "minimum": ck.number(c, "minimum", kp, required=True, low=0, above_low=True),
        "units": tuple(_aliases(ck, c, "units", kp, required=True) or ()),
    }


def _location(ck: Checker, c: LineDict, kp: str, _: Taxonomy | None) -> dict[str, Any]:
    places = _aliases(ck, c, "places", kp)
    remote = ck.text(c, "remote_within", kp)
    if remote is not None and remote not in COUNTRIES:
        ck.add(
            c.line_of("remote_within"),
            f"{kp}.remote_within",
            f"unknown country '{remote}' (known: {', '.join(COUNTRIES)}); list its places under places: instead",
        )
        remote = None
    if not places and remote is None and "places" not in c and "remote_within" not in c:
        ck.add(c.line, kp, "needs places: [...], remote_within: COUNTRY, or both")
    return {
        "places": tuple(places or ()),
        "remote_within": remote,
        "relocation": ck.boolean(c, "relocation", kp, True),
    }


def _evidence(ck: Checker, c: LineDict, kp: str, _: Taxonomy | None) -> dict[str, Any]:
    spec = {
        "sections": tuple(s.lower() for s in (ck.texts(c, "sections", kp) or ())),
        "strong": tuple(_aliases(ck, c, "strong", kp) or ()),
        "weak": tuple(_aliases(ck, c, "weak", kp) or ()),
    }
    if not any(k in c for k in ("sections", "strong", "weak")):
        ck.add(c.line, kp, "needs at least one of sections:, strong:, weak:")
    return spec


def _alias(ck: Checker, text: str, line: int, kp: str) -> str:
    text = text.strip()
    if "*" in text[:-1] or text == "*":
        ck.add(line, kp, f"'{text}': '*' may only end a phrase (prefix match), as in 'shard*'")
    return text


def _aliases(
    ck: Checker, c: LineDict, key: str, kp: str, *, required: bool = False
) -> list[str] | None:
    values = ck.texts(c, key, kp, required=required)
    if values is None:
        return None
    raw = c[key]
    return [_alias(ck, v, raw.line_of(i), f"{kp}.{key}[{i}]") for i, v in enumerate(values)]


KIND_KEYS: dict[str, tuple[str, ...]] = {
    "degree": ("minimum", "preferred", "fields", "equivalent"),
    "experience": ("minimum_years", "roles", "partial"),
    "seniority": ("minimum_years", "titles", "partial"),
    "skills": ("any", "all", "at_least", "of", "in_experience"),
    "phrases": ("any", "all", "at_least", "of", "fuzzy", "cutoff"),
    "metric": ("minimum", "units"),
    "location": ("places", "remote_within", "relocation"),
    "evidence": ("sections", "strong", "weak"),
}

KIND_READERS: dict[str, Callable[[Checker, LineDict, str, Taxonomy | None], dict[str, Any]]] = {
    "degree": _degree,
    "experience": lambda ck, c, kp, _: _years(ck, c, kp, "roles"),
    "seniority": lambda ck, c, kp, _: _years(ck, c, kp, "titles"),
    "skills": _skills,
    "phrases": _phrases,
    "metric": _metric,
    "location": _location,
    "evidence": _evidence,
}
