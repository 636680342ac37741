"""Typed reads from the loaded YAML that record every problem with its line and key path."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from screener.errors import RubricProblem
from screener.rubric.yaml_lines import LineDict, LineList

MISSING = object()


def closest(word: str, choices: Iterable[str], cutoff: float = 70.0) -> str | None:
    """The choice most like `word`, for 'did you mean' hints; None when nothing is close."""
    from screener.matching import closest as ranked

    found = ranked(word, list(choices), limit=1, cutoff=cutoff)
    return found[0] if found else None


def type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Checker:
    """Collects RubricProblems for one file; each read returns a value or MISSING on error."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[RubricProblem] = []

    def add(self, line: int | None, key_path: str, message: str) -> None:
        self.problems.append(RubricProblem(self.path, line, key_path, message))

    def mapping(self, value: Any, line: int, key_path: str) -> LineDict | None:
        if isinstance(value, LineDict):
            return value
        self.add(line, key_path, f"must be a mapping of keys to values, not {type_name(value)}")
        return None

    def known_keys(self, data: LineDict, allowed: Iterable[str], key_path: str) -> None:
        allowed = tuple(allowed)
        for key in data:
            if key not in allowed:
                hint = closest(key, allowed)
                also = f"; did you mean '{hint}'?" if hint else f"; allowed: {', '.join(allowed)}"
                self.add(data.line_of(key), _join(key_path, key), f"unknown key{also}")

    def get(self, data: LineDict, key: str, key_path: str, *, required: bool = False) -> Any:
        if key in data:
            return data[key]
        if required:
            self.add(data.line, _join(key_path, key), "is missing")
        return MISSING

    def text(
        self,
        data: LineDict,
        key: str,
        key_path: str,
        *,
        required: bool = False,
        default: str | None = None,
    ) -> str | None:
        value = self.get(data, key, key_path, required=required)
        if value is MISSING:
            return default
        if not isinstance(value, str) or not value.strip():
            self.add(
                data.line_of(key),
                _join(key_path, key),
                f"must be non-empty text, not {type_name(value)}",
            )
            return default
        return value.strip()

    def boolean(self, data: LineDict, key: str, key_path: str, default: bool) -> bool:
        value = self.get(data, key, key_path)
        if value is MISSING:
            return default
        if not isinstance(value, bool):
            self.add(
                data.line_of(key),
                _join(key_path, key),
                f"must be true or false, not {type_name(value)}",
            )
            return default
        return value

    def number(
        self,
        data: LineDict,
        key: str,
        key_path: str,
        *,
        required: bool = False,
        default: float | None = None,
        low: float | None = 0.0,
        high: float | None = None,
        above_low: bool = False,
        integer: bool = False,
    ) -> float | None:
        value = self.get(data, key, key_path, required=required)
        if value is MISSING:
            return default
        where = data.line_of(key), _join(key_path, key)
        wanted = "a whole number" if integer else "a number"
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or (integer and not isinstance(value, int))
        ):
            self.add(*where, f"must be {wanted}, not {type_name(value)}")
            return default
        if not math.isfinite(value):
            self.add(*where, f"must be a finite number, not {value}")
            return default
        if low is not None and (value < low or (above_low and value == low)):
            word = "above" if above_low else "at least"
            self.add(
                *where,
                f"must be {word} {low:g}, not {value:g}"
                + (" (weights cannot be negative)" if key == "weight" else ""),
            )
            return default
        if high is not None and value > high:
            self.add(*where, f"must be at most {high:g}, not {value:g}")
            return default
        return value

    def texts(
        self, data: LineDict, key: str, key_path: str, *, required: bool = False
    ) -> list[str] | None:
        """A non-empty list of non-empty strings (a single string is not accepted: be explicit)."""
        value = self.get(data, key, key_path, required=required)
        if value is MISSING:
            return None
        return self.text_list(value, data.line_of(key), _join(key_path, key))

    def text_list(self, value: Any, line: int, key_path: str) -> list[str] | None:
        if not isinstance(value, LineList) or not value:
            self.add(line, key_path, f"must be a non-empty list, not {type_name(value)}")
            return None
        out: list[str] = []
        for index, item in enumerate(value):
            if isinstance(item, str) and item.strip():
                out.append(item.strip())
            else:
                self.add(
                    value.line_of(index),
                    f"{key_path}[{index}]",
                    f"must be non-empty text, not {type_name(item)}",
                )
        return out


def _join(key_path: str, key: str) -> str:
    return f"{key_path}.{key}" if key_path else key
