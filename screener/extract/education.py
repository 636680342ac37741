"""Education: degrees on the ladder associate < bachelor < master < doctorate, with field,
institution, dates, and whether each was completed by the as-of date.

Short abbreviations that are also ordinary words (MS Office, BA the airline, "Boston, MA")
count only with degree context: inside an education section, or followed by "in"/"of" and
a field. "Expected", "in progress", "pursuing", "candidate", an open or future end date
mean not completed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from screener.extract.dates import find_dates
from screener.models import Degree, Line

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
            r"|\bdiplom(?:-[a-z]+)?(?![a-z])|\bll\.?m\b",
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
_IN_PROGRESS = re.compile(
    r"\b(?:expected|expecting|exp\.|anticipated|in[- ]progress|pursuing|candidate|ongoing|on-going|"
    r"incomplete|currently|to be completed|will graduate|graduating|current student|enrolled)\b",
    _I,
)
_COMPLETED = re.compile(r"\b(?:graduated|completed|conferred|awarded)\b", _I)
_INSTITUTION = re.compile(
    r"universit|college|institute|school|academy|polytechnic|politecnico|hochschule|\biit\b|\bpostech\b|\bmit\b",
    _I,
)
_SEGMENT_SPLIT = re.compile(r"\s*(?:[|•·\t–—]|\s-\s|\s{2,})\s*")
_YEARS = {"associate": 2, "bachelor": 4, "master": 2, "doctorate": 5}


@dataclass(frozen=True, slots=True)
class Study:
    """A degree plus its study period in month numbers, for telling student jobs apart."""

    degree: Degree
    start: int | None
    end: int | None  # None: still running


# One pass that any degree spelling passes: most lines name none and stop here.
_ANY_DEGREE = re.compile(
    "|".join(
        f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})"
        for _, p, _ in _LEVEL_PATTERNS
    )
)


def degree_matches(text: str, *, in_education: bool) -> list[tuple[str, re.Match[str]]]:
    """Every (level, match) naming a degree in one line."""
    found: list[tuple[str, re.Match[str]]] = []
    if not _ANY_DEGREE.search(text):
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


_BARE_DEGREE = re.compile(
    r"(?:bachelor|master|doctor|associate|undergraduate)(?:['’]?s|d)?(?:\s+(?:of|in|degree))?",
    re.IGNORECASE,
)
_KIND_AFTER = re.compile(
    r"\s*(?:(?:of|in)\s+)?(?:arts|sciences?|engineering|technology|business administration|"
    r"applied science|fine arts|laws|philosophy|education|commerce|computer applications)\b",
    re.IGNORECASE,
)


def _degree_name(text: str, m: re.Match[str]) -> str:
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
    field = _field(text, m) if words else None
    return f"{base} {words.group(1)} {field}" if words and field else base


def _cut_dates(text: str) -> str:
    for span in reversed(find_dates(text)):
        text = f"{text[: span.span[0]]} | {text[span.span[1] :]}"
    return text


def _field(text: str, m: re.Match[str]) -> str | None:
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


def _institution(texts: Sequence[str], degree: str) -> str | None:
    for text in texts:
        for part in _INSTITUTION_PARTS.split(_cut_dates(text)):
            if part and _INSTITUTION.search(part):
                part = part.replace(degree, " ") if degree else part
                return part.strip(" ,.;:[]()|")[:100] or None
    return None


# Sections whose degree words are about other things: "PhD Student" in a summary, a
# "Research Assistant" role, "MS Azure" in a skills list.
_NOT_EDUCATION = frozenset(
    [
        "experience",
        "research",
        "projects",
        "volunteering",
        "activities",
        "summary",
        "skills",
        "publications",
        "awards",
        "references",
    ]
)


def find_degrees(
    lines: Sequence[Line], texts: Sequence[str], kinds: Sequence[str], as_of_month: int
) -> tuple[Study, ...]:
    """Degrees in education sections; anywhere else only with unmistakable wording."""
    scope = [i for i, kind in enumerate(kinds) if kind == "education"]
    studies = _scan(lines, texts, kinds, scope, as_of_month, in_education=True)
    if not studies:
        others = [i for i, kind in enumerate(kinds) if kind not in _NOT_EDUCATION]
        studies = _scan(lines, texts, kinds, others, as_of_month, in_education=False)
    unique: dict[tuple, Study] = {}
    for study in studies:  # the same degree written twice (a CV and its summary page)
        d = study.degree
        unique.setdefault((d.level, d.degree, d.field, d.institution, d.year, d.completed), study)
    return tuple(unique.values())


def _scan(
    lines: Sequence[Line],
    texts: Sequence[str],
    kinds: Sequence[str],
    scope: list[int],
    as_of_month: int,
    *,
    in_education: bool,
) -> list[Study]:
    cleaned = {i: texts[i] for i in scope}
    hits = {i: degree_matches(cleaned[i], in_education=in_education) for i in scope}
    hits = {i: h for i, h in hits.items() if h}
    studies: list[Study] = []
    seen: set[tuple[str, int]] = set()
    degree_lines = sorted(hits)
    in_scope = set(scope)
    for n, i in enumerate(degree_lines):
        nxt = degree_lines[n + 1] if n + 1 < len(degree_lines) else len(texts)
        block_after = [
            j for j in range(i + 1, min(nxt, i + 6)) if j in in_scope and kinds[j] == kinds[i]
        ]
        prev = (
            i - 1 if i - 1 in in_scope and i - 1 not in hits and kinds[i - 1] == kinds[i] else None
        )
        text = cleaned[i]
        spans = find_dates(text)
        date_line = text
        if not spans:
            # The next line, then the line before (an "Institution  Date" line above the
            # degree), then the rest of the entry.
            for j in block_after[:1] + ([prev] if prev is not None else []) + block_after[1:]:
                spans = find_dates(cleaned[j])
                if spans:
                    date_line = cleaned[j]
                    break
        near = [text] + [cleaned[j] for j in block_after[:2]]
        for level, m in hits[i]:
            if (level, i) in seen:
                continue
            seen.add((level, i))
            span = spans[-1] if spans else None
            start = span.start if span and span.is_range else None
            end = span.end if span else None
            progress = bool(_IN_PROGRESS.search(" ".join(near)) or _IN_PROGRESS.search(date_line))
            completed = not progress
            if span is not None and (span.end is None or span.expected or span.end > as_of_month):
                completed = False
            if (
                not completed
                and _COMPLETED.search(text)
                and span
                and span.end is not None
                and span.end <= as_of_month
            ):
                completed = True
            if start is None and end is not None:
                start = end - 12 * _YEARS[level]
            institution = _institution(
                [text]
                + [cleaned[j] for j in block_after[:1]]
                + ([cleaned[prev]] if prev is not None else [])
                + [cleaned[j] for j in block_after[1:3]],
                m.group(0),
            )
            degree = Degree(
                level=level,
                degree=_degree_name(text, m),
                field=_field(text, m),
                institution=institution,
                year=(end // 12) if end is not None else None,
                completed=completed,
                evidence=lines[i].evidence(),
            )
            studies.append(Study(degree, start, end))
    return studies
