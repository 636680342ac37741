"""Contact: the candidate's name, email, phone, location and links.

The name is the most name-like short line near the top (or in the page header): two to
four capitalised words that are not a heading, a job title, a city or a sentence, helped
by words it shares with the email address. Names written in capitals become Title Case;
first and last names a PDF ran together ("JaneDoe") are split at the inner capital.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.extract.headings import heading_kind
from screener.extract.layout import is_location
from screener.extract.sections import Layout
from screener.extract.titles import names_a_job
from screener.models import Contact, Evidence, Line

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
PHONE_RE = re.compile(
    r"(?<![\w/])(?:\+\s?\(?\d{1,3}\)?[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w/])"
)
LINK_RE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|linkedin\.com/in|bitbucket\.org)/[\w.\-/]+"
    r"|(?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:/[\w.\-/~%]*)?",
    re.IGNORECASE,
)
# Cleaned lines keep a column gap as two spaces: a separator like "|" or "·".
_DIGIT = re.compile(r"\d")
_PLACE_PIECES = re.compile(r"\s*[|•·]\s*|\s{2,}")
# (The lookahead names every separator's first character, so the engine skips to them.)
_SEGMENTS = re.compile(r"(?=[\s|•·,–—])\s*(?:[|•·,\t–—]|\s{2,}|\s-\s)\s*")
_STOP_WORDS = (
    "resume résumé resumé curriculum vitae cv profile contact email phone mobile address linkedin "
    "github website portfolio summary objective page updated last title "
    "quote name references available request university college school institute inc llc ltd "
    "company corp group technologies solutions services remote city country state postcode "
    "labs lab systems bank consulting partners studio agency foundation "
    "welcome about skills experience education projects certified present current hire open "
    "to work the and of for with in at my"
)
_STOP = frozenset(_STOP_WORDS.split())
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "da",
        "del",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "binti",
        "al",
        "el",
        "dos",
        "das",
        "ter",
    ]
)
_ASIDE = re.compile(r"\s*\([^)]{0,30}\)\s*")
# A nickname in quotes ("Nikolai “Nick” Petrov", "Jo 'JJ' Smith"); the opening quote stands
# after a space, so the apostrophe of "O'Hara" never opens one.
_NICKNAME = re.compile(r"(?:^|(?<=\s))[\"“„«‘'][^\"“”„«»‘’']{1,20}[\"”»’'](?=\s|$)")
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof|eng|ing)\.?\s+", re.IGNORECASE)
_HONORIFIC_INITIALS = "dmpeiDMPEIıİ"  # (a case-blind "i" matches the Turkish ones too)
_OPENING_QUOTES = re.compile("[\"“„«‘']")
# "Name: Jane Doe", "First name(s) / Surname(s): Jane Doe", "Resume of Jane Doe", "CV - Jane
# Doe": the label is not the name.
_NAME_LABEL = re.compile(
    r"^(?:[A-Za-z()/, ]{0,40}?name(?:s|\(s\))?\s*:"
    r"|(?:resume|résumé|cv|curriculum\s+vitae)\s*(?:of\b|:|-|–|—))\s*",
    re.IGNORECASE,
)
# "Surname(s) / First name(s): Doe Jane": the family name is written first.
_SURNAME_FIRST = re.compile(r"^\s*(?:surname|last\s+name|family\s+name)", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _word_ok(word: str, first: bool) -> bool:
    core = word.strip(".,")
    if not core:
        return False
    if not (core.isalpha() or all(c.isalpha() or c in ".'’-" for c in core)):
        return False
    if core.lower() in _STOP:
        return False
    if core[0].isupper():
        return True
    return not first and (core.lower() in _PARTICLES or core.isalpha())


def _title_case(name: str) -> str:
    if any(c.islower() for c in name):
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name)


def _name_from(segment: str, email_local: str) -> tuple[str, float] | None:
    # Parenthetical asides (a nickname, pronouns) and honorifics are not part of the name.
    # (Each pattern runs only where the character it needs is there: most lines have none.)
    if "(" in segment:
        segment = _ASIDE.sub(" ", segment)
    quoted = _NICKNAME.sub(" ", segment) if _OPENING_QUOTES.search(segment) else segment
    segment = quoted.strip() or segment.strip("\"“”„«»‘’' ")
    if segment[:1] in _HONORIFIC_INITIALS:
        segment = _HONORIFIC.sub("", segment)
    segment = segment.strip()
    words = segment.split()
    if len(words) == 1 and len(words[0]) >= 5:
        parts = _CAMEL.split(words[0])
        if len(parts) in (2, 3) and all(len(p) >= 2 for p in parts):
            words = parts  # "JaneDoe" from letter-spaced LaTeX names
    if not 2 <= len(words) <= 5 or len(segment) > 48:
        return None
    if not all(_word_ok(w, n == 0) for n, w in enumerate(words)):
        return None
    lower = [w for w in words if w[0].islower() and w.lower() not in _PARTICLES]
    if len(lower) > 1 or names_a_job(segment) or is_location(segment):
        return None
    if heading_kind(segment) is not None:
        return None
    bonus = sum(3.0 for w in words if len(w) > 2 and w.lower().strip(".") in email_local)
    return _title_case(" ".join(words)), bonus


def find_contact(lines: Sequence[Line], layout: Layout) -> Contact:
    header = next((s for s in layout.sections if s.kind == "header"), None)
    head_end = header.end if header else 0
    skip = {i for i, kind in enumerate(layout.kinds) if kind == "references"}
    order = list(range(len(lines)))
    evidence: list[Evidence] = []

    def first(pattern: re.Pattern[str], within: int | None = None) -> tuple[str, int] | None:
        for i in order[:within] if within else order:
            if i in skip or "@" not in lines[i].text:  # every address has one
                continue
            m = pattern.search(lines[i].text)
            if m:
                return m.group(0), i
        return None

    email_hit = first(EMAIL_RE)
    email = email_hit[0].removeprefix("mailto:") if email_hit else None
    if email_hit:
        evidence.append(lines[email_hit[1]].evidence())
    local = re.sub(r"[^a-z]", " ", (email or "").split("@")[0].lower())
    # Phone, links and place are the candidate's only above the first heading or under a
    # contact heading; lower down they belong to employers, schools and referees.
    own = [i for i, kind in enumerate(layout.kinds) if kind in ("header", "contact")]
    phone_hit = None
    for i in own + [i for i in range(min(15, len(lines))) if i not in skip]:
        if not _DIGIT.search(lines[i].text):
            continue
        for m in PHONE_RE.finditer(lines[i].text):
            digits = sum(c.isdigit() for c in m.group(0))
            if digits >= 9 and not re.fullmatch(r"[\d\s–-]{9}", m.group(0)):
                phone_hit = (m.group(0).strip(), i)
                break
        if phone_hit:
            break
    links: list[str] = []
    location = None
    for i in own:
        text = lines[i].text
        # Every link has a dot and a "/" or "www": most header lines have neither.
        has_link = "." in text and ("/" in text or "www" in text.lower())
        for m in LINK_RE.finditer(text) if has_link else ():
            link = m.group(0).rstrip(".,;)")
            if "@" not in link and link not in links:
                links.append(link)
        if location is None:
            for piece in _PLACE_PIECES.split(layout.cleaned[i]):
                if is_location(piece) and not any(c.isdigit() for c in piece):
                    location = piece
                    break
    name = _find_name(lines, layout, head_end, local)
    if name:
        evidence.insert(0, lines[name[1]].evidence())
    return Contact(
        name=name[0] if name else None,
        email=email,
        phone=phone_hit[0] if phone_hit else None,
        location=location,
        links=tuple(links[:6]),
        evidence=tuple(evidence),
    )


def _find_name(
    lines: Sequence[Line], layout: Layout, head_end: int, local: str
) -> tuple[str, int] | None:
    # The header above the first heading, or the first lines when a sidebar heading
    # ("Contact") opens the document before the name.
    limit = min(len(lines), max(head_end, 12), 40)
    candidates = [i for i in range(limit) if i not in layout.headings]
    candidates += [i for i, line in enumerate(lines) if "header" in line.hints and i >= limit]
    best: tuple[float, str, int] | None = None
    for rank, i in enumerate(candidates):
        text = layout.cleaned[i]
        # A label has "name" in its first words, or opens with "Resume", "CV"…
        labelled = text[:1] in "rcRC" or "name" in text[:45].lower()
        label = _NAME_LABEL.match(text) if labelled else None
        text = text[label.end() :] if label else text
        if label and _SURNAME_FIRST.match(label.group(0)) and len(text.split()) == 2:
            text = " ".join(reversed(text.split()))
        if not text or "@" in text and len(text.split()) == 1:
            continue
        segments = [s for s in _SEGMENTS.split(text) if s]
        if not segments or is_location(text):
            continue
        seg = segments[0]
        if (
            len(seg.split()) == 1
            and i + 1 < len(lines)
            and seg.isalpha()
            and (seg.isupper() or i < 3)
        ):
            nxt = layout.cleaned[i + 1]
            if (
                len(nxt.split()) == 1
                and nxt.isalpha()
                and nxt[0].isupper()
                and (nxt.isupper() == seg.isupper())
            ):
                seg = f"{seg} {nxt}"  # "JANE" / "DOE": first and last name set on two lines
        found = _name_from(seg, local)
        if not found:
            continue
        score = 10.0 - 0.4 * rank + found[1]
        score += 2.0 if {"heading", "bold"} & lines[i].hints else 0.0
        score += 1.0 if len(segments) == 1 else 0.0
        if best is None or score > best[0]:
            best = (score, found[0], i)
    return (best[1], best[2]) if best else None
