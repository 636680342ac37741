"""Layout: what one line of a résumé looks like (bullet, description, location, short header).

Shared by the section, role, education and contact extractors so they judge lines the same
way. Pure string tests; every pattern compiled once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from screener.extract.alternation import by_initial
from screener.models import Line

_STRONG_BULLETS = "•◦▪▫▸►‣⁃∙●○■□◆◇❖➢➤✓✔{␣§¶"
# A strong bullet glyph; a dash or star followed by a space; or a stray lower-case letter
# that an icon font left where the bullet was ("f Built the…").
_BULLET_RE = re.compile(
    rf"^\s*(?:[{re.escape(_STRONG_BULLETS)}]\s*|[-–—*]\s+|[a-z]\s(?=[A-Z][a-z]))"
)
# Icon glyphs from icon fonts land in the text layer as stray letters or private-use
# characters; they are noise, not words.
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff\U000f0000-\U000fffff]")
_DOT_LEADER = re.compile(r"(?:\s*\.){3,}\s*")
_SPACES = re.compile(r"[ \u00a0]+")
# A tab or a wide gap is a column gap ("Acme Labs      Denver, CO"): kept as two spaces so
# the title/employer split can still see it.
_GAPS = re.compile(r"[ \u00a0]*\t\s*|[ \u00a0]{3,}")
# A description line usually opens with a verb in the past tense: "Designed…", "Led…".
# ("-ing" words open titles as often as sentences: "Marketing Manager", "Teaching Assistant".)
_PAST_VERB = re.compile(
    r"^(?!(?:Certified|Licensed|Registered|Chartered|Qualified|Advanced|Experienced|Seasoned|"
    r"Accomplished|Skilled|Detailed|Talented|Dedicated|Motivated|Distinguished|Red|Bed|Ted|Ned|Fred)\b)"
    r"(?:[A-Z][a-z]{2,}ed|(?i:led|built|ran|made|won|wrote|drove|grew|set|oversaw|"
    r"taught|took|gave|began|brought|sold|kept|met|spent|held|responsible|duties))\b"
)
_US_STATE = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|BC|QC|AB|NS|UK"
)
_REGIONS = (
    "USA|U\\.S\\.A\\.?|U\\.S\\.|US|United States|Canada|UK|U\\.K\\.|United Kingdom|England|Scotland|Wales|"
    "Ireland|Germany|France|Spain|Portugal|Italy|Netherlands|Belgium|Switzerland|Austria|Sweden|"
    "Norway|Denmark|Finland|Poland|Czech Republic|Hungary|Romania|Greece|Ukraine|Russia|Turkey|"
    "Türkiye|Israel|UAE|Egypt|Nigeria|Kenya|South Africa|India|Pakistan|Bangladesh|Nepal|"
    "Sri Lanka|China|Hong Kong|Taiwan|Japan|Korea|S\\.\\s?Korea|South Korea|Republic of Korea|"
    "Singapore|Malaysia|Indonesia|Philippines|Vietnam|Thailand|Australia|New Zealand|Brazil|"
    "Mexico|Argentina|Chile|Colombia|Peru|Iran|Iraq|Saudi Arabia|Qatar|"
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|Nova Scotia|Manitoba"
)
_PLACE = r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}"
_ANYWHERE = r"^(?i:remote|hybrid|on-?site|worldwide)\b.*$"
_REGION = by_initial(_REGIONS, ignore_case=False)
LOCATION_RE = re.compile(
    rf"{_ANYWHERE}"
    rf"|^{_PLACE}\s*,\s*{by_initial(_US_STATE, ignore_case=False)}\.?(?:\s+\d{{5}})?$"
    rf"|^(?:{_PLACE}\s*,\s*)?(?:{_PLACE}\s*,\s*)?{_REGION}\.?$",
    re.UNICODE,
)
# LOCATION_RE for a text without a comma, where only a region alone can match: it spares
# the engine trying every way to read the text's capitalised words as a place.
_LOCATION_ALONE = re.compile(rf"{_ANYWHERE}|^{_REGION}\.?$", re.UNICODE)
# With a comma, a place ends in a state or a region after its last comma; a text whose last
# part is neither can only be "Remote, …" and the like.
_LOCATION_TAIL = re.compile(
    rf"\s*{by_initial(_US_STATE, ignore_case=False)}\.?(?:\s+\d{{5}})?$|\s*{_REGION}\.?$",
    re.UNICODE,
)
_ANYWHERE_RE = re.compile(_ANYWHERE, re.UNICODE)
_ORG_SUFFIX = re.compile(
    r"\b(?:[Ii]nc|INC|LLC|[Ll]lc|[Ll]td|LTD|[Cc]orp|CORP|Co\.|CO\.|GmbH|PLC|plc|[Pp]vt|Limited|LIMITED|"
    r"Company|COMPANY|Corporation|S\.A\.|AG|LLP)(?![\w-])\.?"
)
# Words that make a "Title Place, Country" string a job line rather than a place.
_JOBISH = re.compile(
    r"\b"
    + by_initial(
        r"engineer|developer|manager|analyst|intern|designer|consultant|architect|scientist|"
        r"lead|director|assistant|specialist|researcher|officer|administrator",
        ignore_case=True,
    )
    + r"\b",
    re.IGNORECASE,
)
# Words that make a "Name, Place" string an employer rather than a place.
_ORGISH = re.compile(
    r"\b"
    + by_initial(
        r"universit\w*|college|institute|school|academy|bank|group|labs?|laboratory|center|centre|"
        r"foundation|hospital|agency|technologies|solutions|systems|consulting|research",
        ignore_case=True,
    )
    + r"\b",
    re.IGNORECASE,
)
DURATION_RE = re.compile(
    r"^\(?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?|mos?)(?:\s*,?\s*\d+\s*(?:months?|mos?))?\)?$",
    re.IGNORECASE,
)


def clean(text: str) -> str:
    """A line without icon glyphs, dot leaders and runs of spaces (wide gaps kept as two)."""
    # Cheap tests first: most lines need none of the substitutions.
    if _PRIVATE_USE.search(text):
        text = _PRIVATE_USE.sub(" ", text)
    if ".." in text or ". ." in text:
        text = _DOT_LEADER.sub("  ", text)
    text = text.strip()
    if "\t" in text or "   " in text or "\u00a0" in text:
        text = _GAPS.sub("\x00", text)
        return _SPACES.sub(" ", text).replace("\x00", "  ")
    return _SPACES.sub(" ", text) if "  " in text else text


def is_bullet(text: str) -> bool:
    return bool(_BULLET_RE.match(text))


def strip_bullet(text: str) -> str:
    return _BULLET_RE.sub("", text, count=1)


def is_description(text: str) -> bool:
    """A sentence of a role's description rather than a title, employer or date line."""
    words = [w for w in text.split() if w.isalnum() or any(c.isalnum() for c in w)]
    limit = 18 if ("|" in text or " — " in text or " – " in text) else 12
    if len(words) > limit:
        return True
    # A full stop ends a sentence ("Did testing."), unless every word is capitalised like a
    # title or a name ("Shift Supervisor.") or it closes an abbreviation ("Acme Co.").
    if (
        text.endswith(".")
        and not _ORG_SUFFIX.search(words[-1] if words else "")
        and (len(words) > 3 or any(w[:1].islower() for w in words[1:]))
    ):
        return True
    if text[:1].islower():
        return True
    return bool(_PAST_VERB.match(text)) and len(words) > 4


def opens_with_past_verb(text: str) -> bool:
    """"Led…", "Migrated…": how a sentence about the work begins."""
    return bool(_PAST_VERB.match(text))


# A table's header row ("Position | Company | Period") names columns, not an employer.
_COLUMN_NAMES = frozenset(
    "position title role designation company employer organisation organization client period "
    "dates date duration from to location city place years tenure".split()
    + ["job title"]
)
# (The lookahead names every separator's first character, so the engine skips to them.)
_CELLS = re.compile(r"(?=[\s|/,•·])\s*(?:[|\t/,•·]|\s{2,}|\s[-–—]\s)\s*")


def names_columns(text: str) -> bool:
    """A table's header row: every cell a column name ("Position | Company | Period")."""
    if len(text) > 60 or text[:1].lower() not in "ptjrdceolfcy":
        return False  # cheap test first: this runs on every line of an experience section
    cells = _CELLS.split(text.lower().strip(" |"))
    return len(cells) >= 2 and all(c in _COLUMN_NAMES for c in cells)


# Page furniture: "Jane Doe · Résumé 2", "Page 3 of 4", a bare page number opening or
# ending a page.
_PAGE_END = re.compile(r"(?:\bpage\s*)?\b\d{1,2}(?:\s*(?:/|of)\s*\d{1,2})?\s*$", re.IGNORECASE)
_FURNITURE = frozenset({"header", "footer"})


def without_furniture(lines: Sequence[Line], texts: Sequence[str]) -> list[str]:
    """`texts` with page furniture (running headers and footers, page numbers) and table
    column names blanked out."""
    out = list(texts)
    last = len(lines) - 1
    for i, line in enumerate(lines):
        edge = (i == last or lines[i + 1].page != line.page) or (
            i > 0 and lines[i - 1].page != line.page
        )
        if (
            not _FURNITURE.isdisjoint(line.hints)
            or (edge and len(out[i]) < 90 and _PAGE_END.search(out[i]))
            or names_columns(out[i])
        ):
            out[i] = ""
    return out


@lru_cache(maxsize=4096)  # asked of the same header lines by dates, roles, titles and contact
def is_location(text: str) -> bool:
    text = text.strip(" ()|•·,")
    # Every form opens with a capital or with "remote", "hybrid", "on-site", "worldwide".
    if not ("A" <= text[:1] <= "Z" or text[:1] in "rhowRHOW"):
        return False
    if "," not in text:
        pattern = _LOCATION_ALONE
    elif _LOCATION_TAIL.match(text, text.rindex(",") + 1):
        pattern = LOCATION_RE
    else:
        pattern = _ANYWHERE_RE
    return (
        bool(pattern.match(text))
        and not _ORG_SUFFIX.search(text)
        and not _ORGISH.search(text)
        and not _JOBISH.search(text)
    )


def has_org_suffix(text: str) -> bool:
    return bool(_ORG_SUFFIX.search(text))
