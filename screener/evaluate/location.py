"""Checks where the candidate is: an allowed place, or anywhere in a country that allows remote work.

Only the stated location and the header lines (the contact block) are read: places in the
experience section are where employers are, not where the candidate lives.
"""

from __future__ import annotations

import re

from screener.evaluate.aliases import compile_aliases
from screener.evaluate.common import Check, check, constant
from screener.evaluate.text import DocText
from screener.models import Criterion, Evidence, ResumeFacts


def _words(text: str) -> list[str]:
    return text.split()


# Place data as words, split once at import (a list literal would run to 120 lines).
_US_STATES = _words(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho "
    "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan "
    "Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania "
    "Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
) + [
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia", "District of Columbia",
]  # fmt: skip
_US_CODES = _words(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
_US_CITIES = [
    "San Francisco", "Bay Area", "Silicon Valley", "Seattle", "Boston", "Chicago", "Austin",
    "Los Angeles", "San Diego", "San Jose", "Denver", "Atlanta", "Miami", "Dallas", "Houston",
    "Philadelphia", "Pittsburgh", "Portland", "Phoenix", "Minneapolis", "Detroit", "Raleigh",
    "Salt Lake City", "Nashville", "Brooklyn", "Manhattan", "NYC",
]  # fmt: skip
# Per country: names matched in lower-cased text, and codes matched as written. Two
# flag-free patterns are much faster in `re` than one case-folding alternation.
COUNTRY_PATTERNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "US": (
        re.compile(
            r"\b(?:united states|"
            + "|".join(re.escape(n.lower()) for n in _US_STATES + _US_CITIES)
            + r")\b"
        ),
        re.compile(
            r"\b(?:USA|U\.S\.A?\.?|US)\b|,\s*(?:" + "|".join(_US_CODES) + r")\b(?:\s+\d{5})?"
        ),
    ),
}


def _in_country(patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str) -> str | None:
    names, codes = patterns
    m = codes.search(text)
    if m:
        return m.group(0)
    lower = text.lower()
    m = names.search(lower) if len(lower) == len(text) else None
    return text[m.start() : m.end()] if m else None


RELOCATE = (
    "willing to relocate",
    "open to relocat*",
    "relocating to",
    "will relocate",
    "can relocate",
)
CONTACT_SECTIONS = ("contact", "personal")
HEADER_LINES = (
    8  # when no header section is known, the first lines of page 1 hold the contact block
)


def check_location(c: Criterion, facts: ResumeFacts, doc: DocText) -> Check:
    s = c.spec
    sources = _sources(facts, doc)
    places = compile_aliases(s["places"]) if s["places"] else None
    country = COUNTRY_PATTERNS.get(s["remote_within"] or "")
    for text, evidence in sources:
        if places and (m := places.search(text)):
            return check(c, "met", 1.0, f"in {m.group(0)}, an allowed place", evidence)
    for text, evidence in sources:
        if country and (found := _in_country(country, text)):
            return check(
                c,
                "met",
                1.0,
                f"in the {s['remote_within']} ('{found.strip(', ')}'): remote within it is allowed",
                evidence,
            )
    relocate = doc.find_aliases(RELOCATE, limit=1) if s["relocation"] else []
    if facts.contact.location:
        if relocate:
            return check(
                c,
                "partial",
                0.5,
                f"in {facts.contact.location}, willing to relocate",
                doc.evidence(i for i, _ in relocate),
            )
        return check(
            c, "unmet", 0, f"in {facts.contact.location}, outside the places allowed", sources[0][1]
        )
    if relocate:
        return check(
            c,
            "partial",
            0.5,
            "location not stated; willing to relocate",
            doc.evidence(i for i, _ in relocate),
        )
    return constant(c, "no location", _no_location)


def _no_location(c: Criterion) -> Check:
    return check(c, "unknown", 0, "no location found in the contact details")


def _sources(facts: ResumeFacts, doc: DocText) -> list[tuple[str, tuple[Evidence, ...]]]:
    out: list[tuple[str, tuple[Evidence, ...]]] = []
    location = facts.contact.location
    if location:
        ev = tuple(e for e in facts.contact.evidence if location in e.text)[:1]
        if not ev:
            ev = tuple(line.evidence() for line in doc.lines[:60] if location in line.text)[:1]
        out.append((location, ev))
    header = [s for s in facts.sections if s.kind == "header"]
    if header:
        indexes = list(range(header[0].start, header[0].end))
    else:
        # Lines above the first heading (the heading itself stands just before `start`).
        first = min((s.start - 1 for s in facts.sections if s.heading), default=HEADER_LINES)
        indexes = list(range(min(HEADER_LINES, max(first, 0), len(doc.lines))))
    for section in facts.sections:  # a contact block may also stand under its own heading
        if section.kind in CONTACT_SECTIONS:
            indexes += range(section.start, min(section.end, section.start + HEADER_LINES))
    for i in indexes:
        if i < len(doc.lines):
            line = doc.lines[i]
            out.append((line.text, (line.evidence(),)))
    return out
