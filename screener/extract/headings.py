"""Headings: whether a line is a section heading, and which kind of section it names.

A heading is a short line whose words are heading vocabulary ("Work History", "Honors &
Awards"), or a short ALL-CAPS / heading-styled line holding a section keyword
("KEY DATA ENGINEERING PROJECTS"). Misspelt headings are caught by a fuzzy match on those
short candidate lines only. Decoration, enumerators and asides around a heading's words
("— 01. EXPERIENCE (10 yrs) —") do not count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from screener.extract.layout import has_org_suffix

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

_WORD = re.compile(r"[^\W\d_][\w'-]*|&|/|\+")
_NOT_HEADING = re.compile(r"[@|•·]|\d|https?:|\.\s*$|,.*,")
_ENUMERATOR = re.compile(r"^(?:\d{1,2}[.)]|[IVX]{1,4}[.)])\s+")
_DECORATION = re.compile(r"^[\s#*=_~/\\|•·—–-]+|[\s#*=_~/\\|•·—–:-]+$")
_ASIDE = re.compile(r"\s*\([^)]{0,30}\)")
# Letter-spaced: "E X P E R I E N C E" (cleaning merges the gaps that part its words).
SPACED = re.compile(r"^(?:\S\s{1,2}){3,}\S$")


def _normalise_heading(text: str) -> str:
    """A heading's words without decoration: "— 01. EXPERIENCE (10 yrs) —" -> "EXPERIENCE"."""
    text = text.strip()
    if not text:
        return text
    # Cheap tests first: this runs on every line of every résumé.
    if text[1:2] == " " and SPACED.match(text):  # letter-spaced "E X P E R I E N C E"
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

