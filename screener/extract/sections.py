"""Sections: split a résumé's lines into canonical sections under their headings.

A heading is a short line whose words are heading vocabulary ("Work History", "Honors &
Awards"), or a short ALL-CAPS / heading-styled line holding a section keyword
("KEY DATA ENGINEERING PROJECTS"), or such a keyword written in capitals at the start of
a line followed by content ("EDUCATION University of …"). Misspelt headings are caught
by a fuzzy match on those short candidate lines only. Lines before the first heading are
the "header" section. Where the reader marked columns, a column that resumes (on the next
page, or after the other column) continues its own last section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from screener.extract.layout import clean, has_org_suffix
from screener.models import Line, Section

# Canonical kind for each keyword; the first keyword found in a heading decides, in the
# order below ("Research Publications" is publications, "Leadership Experience" activities).
_KIND_WORDS: dict[str, str] = {
    "summary": "summary profile objective about highlight overview introduction profil resumen perfil",
    "volunteering": "volunteer volunteering service community",
    "publications": "publication paper patent talk presentation writing speaking conference thesis",
    "projects": "project portfolio contribution open-source projekte projets proyectos projetos",
    "research": "research",
    "coursework": "coursework course",
    "education": "education academic qualification degree schooling study studies ausbildung "
    "bildung studium formation educación formación educação formação",
    "certifications": "certification certificate license licence training workshop learning",
    "awards": "award honor honour prize scholarship distinction",
    "skills": "skill competency competence competencie technology tool expertise stack "
    "proficiency knowledge strength toolbox kenntnisse fähigkeiten compétence habilidade "
    "competencia",
    "activities": "leadership activity activitie extracurricular club membership affiliation "
    "involvement organization organisation committee",
    "experience": "experience employment work career position job role history internship appointment "
    "berufserfahrung erfahrung experiencia experiência expérience",
    "languages": "language sprachen langues idiomas",
    "interests": "interest hobby hobbie passion interessen hobbys loisirs intereses",
    "references": "reference referee",
    "contact": "contact links link personal detail information",
}
_KINDS = tuple((kind, tuple(words.split())) for kind, words in _KIND_WORDS.items())
# Keywords that also name companies and job lines ("Amazon Web Services", "Work Lead"): they
# make a heading only when every word of the line is heading vocabulary.
_WEAK_WORDS = (
    "service community work career history personal information detail links link course study "
    "studies job position role tool stack knowledge paper talk writing conference thesis "
    "learning training club committee organization organisation technology"
)
_WEAK = frozenset(_WEAK_WORDS.split())
KEYWORDS: dict[str, str] = {word: kind for kind, words in _KINDS for word in words}
_PRIORITY: dict[str, int] = {kind: n for n, (kind, _) in enumerate(_KINDS)}
# Words that may stand in a heading beside a keyword without making it a sentence.
_FILLER_WORDS = (
    "and & of in the / + - professional relevant selected key core technical additional "
    "other recent previous academic open source related industry employment work career "
    "history personal soft hard computer natural main major select notable international "
    "domestic programming special mini software technical detailed exhaustive tools "
    "inventory matrix invited continuous honors certifications details information "
    "experiences summary areas area skill skills applied teaching entries entry section background "
    "laboral profesional profissional professionnelle professionnel berufliche beruflicher "
    "side formal freelance independent "
    "académica académico académique akademische"
)
_FILLER = frozenset(_FILLER_WORDS.split())
_TAILS = frozenset({"entries", "entry", "section", "details", "info", "background"})
ROLE_KINDS = frozenset({"experience", "research", "volunteering", "projects", "activities"})

_WORD = re.compile(r"[^\W\d_][\w'-]*|&|/|\+")
_INLINE = re.compile(r"^([A-Z][A-Z&/ ,]{2,40}?)(?:\s*[:|]\s*|\s+)(?=[A-Z][a-z]|[A-Z]\.)")
_NOT_HEADING = re.compile(r"[@|•·]|\d|https?:|\.\s*$|,.*,")


@dataclass(frozen=True, slots=True)
class Layout:
    """Sections plus each line's text with an inline heading taken off."""

    sections: tuple[Section, ...]
    texts: tuple[str, ...]  # cleaned: no icon glyphs, dot leaders or runs of spaces
    kinds: tuple[str, ...]  # the section kind of each line
    headings: frozenset[int]  # lines that are only a heading
    # Lines of a section whose heading names both kinds ("Experience & Education"): kind
    # "experience" for the roles, and read with an education section's eye for degrees.
    mixed: frozenset[int] = frozenset()
    cleaned: tuple[str, ...] = ()  # each line cleaned, inline headings kept


_ENUMERATOR = re.compile(r"^(?:\d{1,2}[.)]|[IVX]{1,4}[.)])\s+")
_DECORATION = re.compile(r"^[\s#*=_~/\\|•·—–-]+|[\s#*=_~/\\|•·—–:-]+$")
_ASIDE = re.compile(r"\s*\([^)]{0,30}\)")
_SPACED = re.compile(r"^(?:\S\s{1,2}){3,}\S$")


def _normalise_heading(text: str) -> str:
    """A heading's words without decoration: "— 01. EXPERIENCE (10 yrs) —" -> "EXPERIENCE"."""
    text = text.strip()
    if not text:
        return text
    # Cheap tests first: this runs on every line of every résumé.
    if text[1:2] == " " and _SPACED.match(text):  # letter-spaced "E X P E R I E N C E"
        text = " ".join(word.replace(" ", "") for word in text.split("  "))
    if "(" in text:
        text = _ASIDE.sub("", text).strip()
        if not text:
            return text
    if not (text[0].isalnum() and text[-1].isalnum()):
        text = _DECORATION.sub("", text)
    if text[:1].isdigit() or text[:1] in "IVX":
        text = _ENUMERATOR.sub("", text)
    return text.strip()


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-1]  # activities -> activitie, kept in the table
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def heading_kind(text: str, *, styled: bool = False) -> str | None:
    """The kind of section a heading line names, or None when it is not a heading."""
    if len(text) > 90 or (text.count(" ") > 12 and text[1:2] != " "):
        return None  # a sentence, not a heading (letter-spaced headings have many spaces)
    if text.rstrip().endswith("."):
        return None  # a sentence; normalising never takes a final full stop off
    if "(" not in text and _LETTER_THEN_DIGIT.match(text):
        return None  # a digit that normalising keeps (it cuts only asides and a leading "1.")
    return _heading_kind(text, styled)


# Anchored at the first letter, so the engine scans the line once.
_LETTER_THEN_DIGIT = re.compile(r"[\W\d_]*[^\W\d_].*?\d", re.DOTALL)


@lru_cache(maxsize=8192)  # headings and short lines recur: the same template, the contact lines
def _heading_kind(text: str, styled: bool) -> str | None:
    text = _normalise_heading(text)
    if not text or len(text) > 50 or not (text[0].isupper() or styled):
        return None
    if _NOT_HEADING.search(text) or has_org_suffix(text):
        return None
    words = _WORD.findall(text.lower())
    if not words or len(words) > 6:
        return None
    found = [KEYWORDS.get(_singular(w)) or KEYWORDS.get(w) for w in words]
    kinds = [k for k in found if k]
    if not kinds and not styled and len(words) > 3:
        return None  # neither vocabulary nor a candidate for the misspelt-heading match
    letters = [c for c in text if c.isalpha()]
    caps = bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    if kinds:
        kind = min(kinds, key=_PRIORITY.__getitem__)
        if kind == "education" and "experience" in kinds:
            # "Academic Appointments" are jobs; "Experience & Education" holds both, and its
            # roles are read like any experience section's (its degrees too, see `mixed`).
            kind = "experience"
        elif kind in _YIELDING and "experience" in kinds and _joins_experience(found, words, kind):
            kind = "experience"
        # The keyword closes the heading ("Work Experience") or, in languages that put the
        # adjective after the noun, opens it ("Expérience professionnelle").
        opens = (
            found[0]
            and not _is_weak(words[0])
            and not any(found[1:])
            and words[-1] not in {"and", "&", "of", "in", "the", "/", "+", "-"}
        )
        edge = found[-1] or words[-1] in _TAILS or opens
        if edge and all(k or w in _FILLER for k, w in zip(found, words)):
            return kind
        # Here some word is not heading vocabulary, so the line may be a company name:
        # "MICROSOFT RESEARCH", "PEARSON EDUCATION" are employers, not sections.
        strong = [
            k
            for k, w in zip(found, words)
            if k and not _is_weak(w) and _singular(w) not in ("research", "education")
        ]
        if (caps or styled) and len(words) <= 5 and strong:
            return min(strong, key=_PRIORITY.__getitem__)
        return None
    if (caps or styled) and len(words) <= 3:
        return _fuzzy_kind(words)
    return None


# Kinds whose jobs would not count: in a heading that joins them to experience
# ("Experience & Projects") the jobs must still count.
_YIELDING = frozenset({"projects", "volunteering", "activities", "certifications"})
_CONJUNCTIONS = frozenset({"and", "&", "/", "+"})


def _joins_experience(found: list[str | None], words: list[str], kind: str) -> bool:
    """Experience before a conjunction and `kind` after it: "Work Experience & Projects",
    "Employment and Training". Not "Leadership & Teaching Experience", where the last word
    is shared: leadership experience and teaching experience."""
    at = next((n for n, w in enumerate(words) if w in _CONJUNCTIONS), None)
    return (
        at is not None
        and "experience" in found[:at]
        and kind in found[at + 1 :]
        and "experience" not in found[at + 1 :]
    )


def names_education(text: str) -> bool:
    """Whether a heading names education besides its own kind ("Work Experience & Education").

    "Academic" alone does not: "Academic Appointments" are jobs.
    """
    words = _WORD.findall(_normalise_heading(text).lower())
    return any(
        w != "academic" and (KEYWORDS.get(_singular(w)) or KEYWORDS.get(w)) == "education"
        for w in words
    )


def _is_weak(word: str) -> bool:
    return word in _WEAK or _singular(word) in _WEAK


def _fuzzy_kind(words: list[str]) -> str | None:
    """A misspelt heading word ("EXPERINCE"): fuzzy match, only for short candidates."""
    for word in words:
        if len(word) < 6 or word.endswith(("er", "ed", "al")):
            continue
        kind = _fuzzy_word_kind(word)
        if kind is not None:
            return kind
    return None


@lru_cache(maxsize=4096)  # the same words recur: names, employers, short caps lines
def _fuzzy_word_kind(word: str) -> str | None:
    from screener.matching import similarity

    # A typo changes a letter or two; a longer or shorter word is another word
    # ("Researcher", "Projected", "Experienced"). Typos rarely hit the first letter.
    near = [c for c in _FUZZY_BY_INITIAL.get(word[0], ()) if abs(len(c) - len(word)) <= 1]
    best = max(near, key=lambda c: similarity(word, c), default=None)
    if best is not None and similarity(word, best) >= 85:
        return KEYWORDS[best]
    return None


_FUZZY_CHOICES = tuple(word for word in KEYWORDS if len(word) >= 6)
_FUZZY_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _choice in _FUZZY_CHOICES:
    _FUZZY_BY_INITIAL[_choice[0]] = (*_FUZZY_BY_INITIAL.get(_choice[0], ()), _choice)


def split_sections(lines: Sequence[Line]) -> Layout:
    """Find the headings and return the sections with the cleaned text of every line."""
    cleaned = tuple(clean(line.text) for line in lines)
    texts = list(cleaned)
    starts: list[tuple[int, str, int]] = []  # (heading line index, kind, first content index)
    mixed_at: set[int] = set()  # headings naming both experience and education
    for i, line in enumerate(lines):
        text = texts[i]
        if not text:
            continue
        styled = "heading" in line.hints
        kind = heading_kind(text, styled=styled)
        if kind is None and _SPACED.match(line.text.strip()):
            kind = heading_kind(line.text, styled=styled)  # cleaning merged its word gaps
        if kind is not None:
            starts.append((i, kind, i + 1))
            if kind == "experience" and names_education(text):
                mixed_at.add(i)
            continue
        m = _INLINE.match(text)
        if m:
            prefix = m.group(1).strip(" ,")
            kind = heading_kind(prefix)
            if kind is not None and len(prefix) >= 4:
                texts[i] = text[m.end() :].strip()
                starts.append((i, kind, i))
                if kind == "experience" and names_education(prefix):
                    mixed_at.add(i)
    continued = _resume_columns(lines, starts)
    starts = sorted({at: (at, kind, begin) for at, kind, begin in starts}.values())
    starts = sorted(
        [st for st in starts if st[0] not in continued or st[2] > st[0]]
        + [(f, kind, f) for f, kind in continued.items() if f not in {st[0] for st in starts}]
    )
    sections: list[Section] = []
    kinds = ["header"] * len(lines)
    mixed: set[int] = set()
    first = starts[0][0] if starts else len(lines)
    if first > 0:
        sections.append(Section("header", None, 0, first))
    for n, (at, kind, begin) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        heading = lines[at].evidence() if at not in continued else None
        if heading is None and sections and sections[-1].kind == kind:
            sections[-1] = Section(kind, sections[-1].heading, sections[-1].start, end)
        else:
            sections.append(Section(kind, heading, begin, end))
        for i in range(at, end):
            kinds[i] = kind
        if at in mixed_at:
            mixed.update(range(begin, end))
    headings = frozenset(at for at, _, begin in starts if begin > at)
    return Layout(
        tuple(sections), tuple(texts), tuple(kinds), headings, frozenset(mixed), cleaned
    )


def _resume_columns(lines: Sequence[Line], starts: list[tuple[int, str, int]]) -> dict[int, str]:
    """Where a column the reader marked resumes without a heading, its own section goes on.

    Reading a two-column page column by column, the main column's text on the next page
    continues the main column's section, not the sidebar section read just before it.
    """
    heading_at = {at: kind for at, kind, _ in starts}
    by_column: dict[int, str] = {}
    resumed: dict[int, str] = {}
    current = "header"
    previous: tuple[int, int] | None = None  # (page, column) of the line before
    for i, line in enumerate(lines):
        column = line.column
        if i in heading_at:
            current = heading_at[i]
        elif (
            column >= 1
            and previous != (line.page, column)
            and by_column.get(column, current) != current
        ):
            current = by_column[column]
            resumed[i] = current
        if column >= 1:
            by_column[column] = current
        previous = (line.page, column)
    return resumed
