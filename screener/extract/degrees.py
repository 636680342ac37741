"""Degree names: which words in a line name a degree, its level, field and school.

Short abbreviations that are also ordinary words (MS Office, BA the airline, "Boston, MA")
count only with degree context: inside an education section, or followed by "in"/"of" and
a field. The field is what follows the degree ("B.S. in Physics", "Master of Science –
Data Analytics") without grades, status words or the school; the school is the part of
the entry that names a university, college, institute or school.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from screener.extract.alternation import by_initial, split_alternatives
from screener.extract.dates import find_dates

_I = re.IGNORECASE
_LEVEL_PATTERNS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    # (level, pattern, needs degree context)
    (
        "doctorate",
        re.compile(
            r"\b(?:ph\.?\s?d|d\.?\s?phil|doctorate|doctoral\s+degree|doctor\s+of\s+[a-z]+|d\.\s?sc\.|ed\.\s?d\.)(?![a-z])",
            _I,
        ),
        False,
    ),
    (
        "master",
        re.compile(
            r"\bmaster(?:['’]?s)?\s+(?:of|in|degree)\b|\bmaster['’]s\b|\bmasters\b|\bm\.?\s?eng\b|\bm\.?\s?tech\b"
            r"|\bm\.\s?s(?:c\b\.?|\.)|\bmsc\b|\bm\.\s?a\.|\bmca\b|\bmba\b|\bm\.?\s?phil\b|\bmagister\b"
            r"|\bdiplom(?:-[a-z]+)?(?![a-z])|\bdipl\.\s?-\s?[a-z]{2,5}\.|\bll\.?m\b",
            _I,
        ),
        False,
    ),
    ("master", re.compile(r"\b(?:MS|MA|MEng|MSE|MPS|MFA|MPH)\b"), True),
    (
        "bachelor",
        re.compile(
            r"\bbachelor(?:['’]?s)?\b|\bb\.?\s?tech\b|\bb\.?\s?eng\b|\bbsc\b|\bb\.\s?s(?:c\b\.?|\.)|\bb\.\s?a\."
            r"|\bb\.\s?e\.|\bbca\b|\bbba\b|\bb\.\s?com\b|\bbcom\b|\bundergraduate\s+(?:degree|of|in)\b"
            r"|\blicenciatura\b|\bll\.?b\b",
            _I,
        ),
        False,
    ),
    ("bachelor", re.compile(r"\b(?:BS|BA|BE|AB|BFA|BSE|BBA|BCS)\b"), True),
    (
        "associate",
        re.compile(
            r"\bassociate(?:['’]?s|d)?\s+(?:degree|of|in)\b|\bassociate['’]s\b|\ba\.\s?[as]\.|\baas\b",
            _I,
        ),
        False,
    ),
    # "AS" is a word too: a degree only as "AS in Nursing".
    ("associate", re.compile(r"\b(?:AA|AAS)\b|\bAS\b(?=\s+in\s+[A-Z])"), True),
)
_FIELD_AFTER = re.compile(
    r"^\s*(?:['’]s)?\s*(?:degree\s*)?(?:\((?:[^)]{1,12})\)\s*)?(?:(?:of|in)\b|[,:–—/-]|\s)*\s*", _I
)
_DEGREE_KIND = re.compile(
    r"^(?:arts|science|engineering|technology|business administration|applied science|"
    r"fine arts|laws|philosophy|education|commerce)\s+(?:in|of)\s+(?=\w)",
    re.IGNORECASE,
)
_GENERIC_FIELD = re.compile(
    r"^(?i:arts|sciences?|engineering|technology|commerce|laws|philosophy)$|^[A-Z][A-Za-z.]{0,4}$"
)
_FIELD_PARTS = re.compile(
    r"\s*(?:[,|(•·\t–—)]|\s-\s|(?<=\w)-\s|\s{2}|\bfrom\b|\bat\b|\bgpa\b|\bminor\b)\s*",
    re.IGNORECASE,
)
_INSTITUTION_PARTS = re.compile(r"\s*(?:[,|•·\t–—():]|\s-\s|\s{2,})\s*")
_HONOURS = re.compile(
    r"\s+with\s+(?:high(?:est)?\s+)?(?:distinction|honou?rs|merit)\b.*$", re.IGNORECASE
)
# Parts of a degree line that are not its field: status, grades, honours.
_NOT_FIELD = re.compile(
    r"\b(?:expected|in[- ]progress|pursuing|ongoing|incomplete|candidate|graduat\w*|date|gpa|"
    r"cgpa|grade|hons|honou?rs|cum laude|dean\W?s|class)\b|\d",
    re.IGNORECASE,
)
_FIELD_STOP = re.compile(r"\s*(?:[,|(•·\t–—]|\s-\s|\s{2}|\bfrom\b|\bat\b|\bgpa\b|\bminor\b)", _I)
_NOT_AFTER = re.compile(
    r"^\s*(?:office|excel|word|azure|sql|teams|access|project|dynamics|powerpoint|"
    r"outlook|visio|windows|dos|paint|edge|exchange)\b",
    _I,
)
_CONTEXT_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:in|of)\s+[A-Z]"
    r"|^\s*[,–—:-]?\s*(?i:computer|information|electrical|electronics?|mechanical|civil|chemical|software|"
    r"data|business|applied|physics|mathematics|maths?|statistics|economics|finance|accounting|biology|"
    r"chemistry|engineering|science|management|psychology|history|nursing|education|law|marketing|"
    r"design|arts?|political|international|public|environmental|industrial|aerospace|biomedical)\b"
)
# Only ever asked whether it matches, so the words may be grouped by initial in any order.
_INSTITUTION = re.compile(
    by_initial(
        "universit|college|institute|school|academy|polytechnic|politecnico|hochschule",
        ignore_case=True,
    )
    + r"|\b(?:iit|postech|mit)\b",
    _I,
)
_SEGMENT_SPLIT = re.compile(r"\s*(?:[|•·\t–—]|\s-\s|\s{2,})\s*")


# One pass that any degree spelling passes: most lines name none and stop here.
_ANY_DEGREE = re.compile(
    "|".join(
        f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})"
        for _, p, _ in _LEVEL_PATTERNS
    )
)
# The same test, three times faster: the case-blind spellings (all written in lower case)
# on the lower-cased line, the case-bound ones ("MS", "BA") on the line as written.
# Every spelling opens with a word boundary; taken out in front, the rest can be grouped by
# initial (names_any_degree only asks whether some spelling matches).
def _after_boundary(ignore_case: bool) -> re.Pattern[str]:
    alternatives = [
        a
        for _, p, _ in _LEVEL_PATTERNS
        if bool(p.flags & re.IGNORECASE) == ignore_case
        for a in split_alternatives(p.pattern)
    ]
    assert all(a.startswith(r"\b") for a in alternatives)
    rests = "|".join(a[2:] for a in alternatives)
    return re.compile(r"\b" + by_initial(rests, ignore_case=False, any_order=True))


_ANY_LOWER = _after_boundary(ignore_case=True)
_ANY_CASED = _after_boundary(ignore_case=False)


def names_any_degree(text: str) -> bool:
    return bool(_ANY_LOWER.search(text.lower()) or _ANY_CASED.search(text))


def degree_matches(text: str, *, in_education: bool) -> list[tuple[str, re.Match[str]]]:
    """Every (level, match) naming a degree in one line."""
    found: list[tuple[str, re.Match[str]]] = []
    if not names_any_degree(text):
        return found
    for level, pattern, needs_context in _LEVEL_PATTERNS:
        for m in pattern.finditer(text):
            if needs_context:
                before, after = text[: m.start()].rstrip(), text[m.end() :]
                if before.endswith(",") or _NOT_AFTER.match(after):
                    continue  # "Boston, MA", "MS Office"
                if not (in_education or _CONTEXT_AFTER.match(after)):
                    continue
            if any(m.start() < f.end() and f.start() < m.end() for _, f in found):
                continue
            found.append((level, m))
    return found


# Words that make a degree name describe a person or a job, not a degree earned:
# "PhD Student", "MBA Intern", "Masters Candidate Recruiter".
_PERSON_AFTER = re.compile(
    r"\W{0,3}(?:student|intern|internship|researcher|assistant|fellow|fellowship|scholar|"
    r"trainee|candidate|program|programme|admissions?|recruit\w*|holders?|level|equivalent|"
    r"tutor|instructor|teacher|lecturer|advis[oe]r|coordinator|cohort|club|society|alumni)\b",
    _I,
)
_DEGREE_INITIALS = "pdembulaPDEMBULA"
_OPENER = re.compile(r"^[\W\d]*$")
_LEAD = re.compile(r"[\W\d_]*")
# Substrings of every name `_INSTITUTION` matches, for a quick first test of lower-cased text
# (a case-blind pattern is several times slower).
_SCHOOL_WORDS = re.compile(
    "universit|college|institut|school|academ|polytechn|politecnico|hochschule|iit|postech|mit"
)
_SCHOOL_FIRST = re.compile(r"\s*(?:[,|•·\t–—:]|\s-\s|\s{2,})\s*")


@lru_cache(maxsize=4096)  # education and roles both ask about the same lines
def is_degree_line(text: str, *, in_education: bool) -> bool:
    """Whether a line is a degree entry wherever it stands ("M.S. Physics, Hill University",
    "Hill University — B.A. Economics"), not a job that mentions one ("Research Assistant
    (during M.Sc.)", "MBA Intern"): it opens with the degree, or with the school and then the
    degree."""
    # Cheap gates first (this runs on every line of an experience section): a degree word
    # where the line's words begin, or some school named in it.
    lead = _LEAD.match(text).end()
    # Every spelling opens with one of these letters.
    if text[lead : lead + 1] not in _DEGREE_INITIALS or not _ANY_DEGREE.match(text, lead):
        if not _SCHOOL_WORDS.search(text.lower()):
            return False
    found = degree_matches(text, in_education=in_education)
    if not found:
        return False
    m = min((m for _, m in found), key=lambda m: m.start())
    if _PERSON_AFTER.match(text, m.end()):
        return False
    before = text[: m.start()]
    if _OPENER.match(before):
        return True
    parts = _SCHOOL_FIRST.split(before.strip())
    return len(parts) >= 2 and not parts[-1] and bool(_INSTITUTION.search(parts[0]))


_BARE_DEGREE = re.compile(
    r"(?:bachelor|master|doctor|associate|undergraduate)(?:['’]?s|d)?(?:\s+(?:of|in|degree))?",
    re.IGNORECASE,
)
_KIND_AFTER = re.compile(
    r"\s*(?:(?:of|in)\s+)?(?:arts|sciences?|engineering|technology|business administration|"
    r"applied science|fine arts|laws|philosophy|education|commerce|computer applications)\b",
    re.IGNORECASE,
)


def degree_name(text: str, m: re.Match[str]) -> str:
    """The degree as written: "Master of Science", "B.S.", "Bachelor's Degree"."""
    name = m.group(0).strip()
    if not _BARE_DEGREE.fullmatch(name):
        return name
    kind = _KIND_AFTER.match(text, m.end())
    if kind:  # "Bachelor of Science", "Master of Engineering"
        return text[m.start() : kind.end()].strip()
    rest = text[m.end() :]
    if rest.lower().lstrip().startswith("degree"):
        return f"{name} {rest.lstrip()[:6]}"
    connector = re.match(r"\s+(of|in)\s+(?=\S)", rest, re.IGNORECASE)
    base = re.sub(r"\s+(?:of|in)$", "", name, flags=re.IGNORECASE)
    words = re.search(r"\s+(of|in)$", name, re.IGNORECASE) or connector
    field = degree_field(text, m) if words else None
    return f"{base} {words.group(1)} {field}" if words and field else base


def _cut_dates(text: str) -> str:
    for span in reversed(find_dates(text)):
        text = f"{text[: span.span[0]]} | {text[span.span[1] :]}"
    return text


def degree_field(text: str, m: re.Match[str]) -> str | None:
    """The field of study: the words after the degree, else the words just before it."""
    after = _cut_dates(text[m.end() :])
    after = _FIELD_AFTER.sub("", after, count=1)
    after = _DEGREE_KIND.sub("", after, count=1)  # "Bachelor of Science in Physics" -> Physics
    parts = [_HONOURS.sub("", p).strip(" .,:;-–—()/[]") for p in _FIELD_PARTS.split(after)]
    parts = [
        p
        for p in parts
        if p and not _NOT_FIELD.search(p) and not degree_matches(p, in_education=True)
    ]
    # "Master of Science (M.S.) – Data Analytics", "PhD Princeton University, Physics":
    # a bare kind of degree or the school is not the field; the next part may be.
    while (
        parts
        and (_GENERIC_FIELD.match(parts[0]) or _INSTITUTION.search(parts[0]))
        and len(parts) > 1
    ):
        parts.pop(0)
    field = parts[0] if parts else ""
    if not field:
        before = _SEGMENT_SPLIT.split(text[: m.start()].strip(" (-–—,"))[-1].strip(" .,:;()")
        field = before if 0 < len(before.split()) <= 6 else ""
    if not field or _INSTITUTION.search(field) or field.lower() in {"gpa", "grade"}:
        return None
    return field[:80]


def names_school(text: str) -> bool:
    return bool(_INSTITUTION.search(text))


def institution_of(texts: Sequence[str], degree: str) -> str | None:
    for text in texts:
        for part in _INSTITUTION_PARTS.split(_cut_dates(text)):
            if part and _INSTITUTION.search(part):
                part = part.replace(degree, " ") if degree else part
                return part.strip(" ,.;:[]()|")[:100] or None
    return None
