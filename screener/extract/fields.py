"""Field labels: read a Europass-style entry, where each value sits under or beside its label.

Europass CVs (and forms copied from them) write each job as labelled fields, one label per
line with its value on the next line, or as "label | value" rows of a two-column table:
"Dates", "Occupation or position held", "Name and address of employer", "Main activities
and responsibilities", "Type of business or sector". The labels are neither titles nor
employers. Each value is rewritten the way the role reader already understands ("Position:
…", "Employer: …", the bare dates, descriptions as bullets) and each dated value line is
tied to the title and employer lines of its entry, whatever their order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_KINDS = {
    "dates": "dates",
    "date": "dates",
    "period": "dates",
    "occupation or position held": "title",
    "position held": "title",
    "occupation": "title",
    "job title": "title",
    "name and address of employer": "org",
    "name of employer": "org",
    "employer": "org",
    "main activities and responsibilities": "desc",
    "main activities": "desc",
    "type of business or sector": "desc",
    "business or sector": "desc",
}
_FIELD = re.compile(
    r"^\s*("
    + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _KINDS), key=len, reverse=True))
    + r")\s*(?:(?::|\||\t|\s{2,})\s*(.*?))?\s*:?\s*$",
    re.IGNORECASE,
)
_PREFIX = {"title": "Position: ", "org": "Employer: "}


@dataclass(frozen=True)
class Fields:
    texts: list[str]  # the lines with labels cut and values rewritten
    described: frozenset[int]  # value lines that describe the work: bullets, not headers
    entries: dict[int, list[int]]  # a dated value line -> the title and employer lines of its entry


def read_fields(texts: Sequence[str]) -> Fields:
    """Labels cut from `texts` and each labelled value put where the role reader expects it."""
    out = list(texts)
    described: set[int] = set()
    entries: dict[int, list[int]] = {}
    pending: str | None = None  # the kind of a label standing alone, waiting for its value
    current: int | None = None  # the dated line of the entry being read
    describing = False  # plain lines after a description value go on describing
    for i, text in enumerate(texts):
        if not text:
            continue
        m = _FIELD.match(text)
        if m and not m.group(2):
            pending, out[i] = _KINDS[" ".join(m.group(1).lower().split())], ""
            describing = False
            continue
        if m:
            kind, value = _KINDS[" ".join(m.group(1).lower().split())], m.group(2)
            # "Period: 2016 – 2019" is the old "Role: … / Period: …" list, read elsewhere
            colon = text[m.end(1) :].lstrip().startswith(":")
        elif pending:
            kind, value, colon = pending, text, False
        else:
            if describing:
                described.add(i)
            continue
        pending, describing = None, kind == "desc"
        if kind == "dates":
            out[i] = value
            current = None if colon else i
            if not colon:
                entries[i] = []
        elif kind == "desc":
            out[i] = value
            described.add(i)
        else:
            out[i] = _PREFIX[kind] + value
            if current is not None:
                entries[current].append(i)
    return Fields(out, frozenset(described), entries)
