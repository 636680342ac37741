"""Text clean-up shared by the PDF and DOCX readers: one place decides what a character means.

The contract other stages rely on (extract/ parses dates and names from this output):

- NFKC: ligatures (ﬁ ﬂ ﬀ) become letters, full-width forms become ASCII, NBSP and the
  other fixed-width spaces become a plain space.
- Dashes: every range dash (figure dash, en dash, em dash, horizontal bar, minus sign)
  becomes an EN DASH "–" (U+2013); word hyphens (U+2010, U+2011) and the small and
  full-width hyphen-minus become ASCII "-". "--" and "---" (TeX without its ligatures)
  become "–". A soft hyphen (U+00AD) between spaces or digits, as LaTeX templates draw
  date ranges ("Sep. 2023 <U+00AD> Mar. 2024"), is a range dash too: "–"; inside a PDF
  line it is a drawn hyphen ("high<U+00AD>impact" -> "high-impact"); inside DOCX text, an
  invisible break opportunity, dropped. So a date range reads "2019 – 2021", "2019–2021"
  or "2019 - 2021" (an ASCII hyphen as the author typed it): parse "-" and "–" alike.
- Hyphenation: PDFium marks a line-end hyphen as U+FFFE or U+0002 and glues the lines;
  before a lowercase letter it is dropped ("meteo|rological" -> "meteorological"), before
  anything else it becomes "-". A soft hyphen ending a line before a lowercase letter
  joins the lines as well. `join_hyphenated` joins "exam-" + "ple" across two lines.
- Dot leaders (". . . . ." between an entry and its date) become one space.
- Letter-spaced words ("E X P E R I E N C E", three letters or more) are closed up;
  words set two spaces apart stay apart ("J O H N  D O E" -> "JOHN DOE").
- Dropped: private-use code points (icon fonts in contact lines), zero-width characters,
  control characters, the byte-order mark. Tabs and U+2423 (a typewriter font's visible
  space) become spaces; runs of spaces collapse to one; lines are stripped.
"""

from __future__ import annotations

import re
import unicodedata

EN_DASH = "\u2013"

_MAP: dict[str, str] = {
    **{chr(cp): "" for cp in range(0x00, 0x20) if cp not in (0x09, 0x0A, 0x0D, 0x02)},
    **{chr(cp): "" for cp in range(0x7F, 0xA0)},
    "\t": " ",
    "\u2423": " ",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": EN_DASH,
    "\u2014": EN_DASH,
    "\u2015": EN_DASH,
    "\u2212": EN_DASH,
    "\ufe58": EN_DASH,
    "\ufe63": EN_DASH,
    "\uff0d": EN_DASH,
}
# One character class for everything _MAP handles: a C-speed scan finds whether any is there.
_SPECIAL = re.compile("[" + "".join(re.escape(ch) for ch in _MAP) + "]")

# Private use areas: the BMP block (icon fonts live here) and planes 15-16.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
# Every character some step of clean_block drops or maps (with _SPECIAL's): one scan tells
# whether text needs more than _clean_plain.
_UNUSUAL = re.compile(
    "[" + "".join(re.escape(ch) for ch in _MAP) + "\ue000-\uf8ff\U000f0000-\U0010ffff\u00ad\ufffe\x02]"
)
# A hyphenation mark PDFium emits (U+FFFE, U+0002), possibly followed by the line break.
_HYPHEN_MARK_LOWER = re.compile(r"[\ufffe\x02][ \r\n]*(?=[a-zà-öø-ÿ])")
_HYPHEN_MARK_OTHER = re.compile(r"[\ufffe\x02][ \r\n]*")
_SOFT_HYPHEN_RANGE = re.compile(r"(?<=\s)\u00ad(?=\s)|(?<=\d)\u00ad(?=\d)")
_SOFT_HYPHEN_LINE_END = re.compile(r"\u00ad[ \r]*\n[ ]*(?=[a-zà-öø-ÿ])")
_SOFT_HYPHEN = re.compile("\u00ad")
# TeX's "--" and "---" drawn without the ligature: "2019--2021" is a range.
_DOUBLE_DASH = re.compile(r"(?<![-\u2013])-{2,3}(?![-\u2013])")
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")


# Letter-spaced words ("E X P E R I E N C E"): three or more single letters, one space apart.
_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")
# Dot leaders ("Acme . . . . . . 2019"): four or more dots, spaced or not, become one space.
_LEADER = re.compile(r"[ \t]*(?:\.[ \t]*){4,}")
_SPACED_HINT = re.compile(r" \w \w ")  # cheap necessary condition (digits too), checked first


def _unspace(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


def _map(match: re.Match[str]) -> str:
    return _MAP[match.group()]


def clean_block(text: str, *, drawn: bool = False) -> str:
    """Normalise a block of text (many lines, as one extraction call returns it).

    `drawn` says the text comes from a PDF, where every character was drawn: a soft hyphen
    inside a line is then a visible hyphen (LaTeX fonts map "-" to U+00AD), not an
    invisible break opportunity as in a word processor's text. Each step first checks,
    at C speed, whether its characters occur at all: most text needs few of them.
    """
    if _UNUSUAL.search(text) is None and (text.isascii() or unicodedata.is_normalized("NFKC", text)):
        return _clean_plain(text)  # nothing to drop, map or normalise: most text
    if not text.isascii():
        if _PRIVATE_USE.search(text):
            text = _PRIVATE_USE.sub("", text)
        if "\u00ad" in text:
            text = _SOFT_HYPHEN_RANGE.sub(EN_DASH, text)
            text = _SOFT_HYPHEN_LINE_END.sub("", text)
            text = _SOFT_HYPHEN.sub("-" if drawn else "", text)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
    if _SPECIAL.search(text):
        text = _SPECIAL.sub(_map, text)
    if "\ufffe" in text or "\x02" in text:
        text = _HYPHEN_MARK_LOWER.sub("", text)
        text = _HYPHEN_MARK_OTHER.sub("-", text)
    return _clean_plain(text)


def _clean_plain(text: str) -> str:
    """clean_block's steps that need no special characters: double dashes, dot leaders and
    letter-spaced words."""
    if "--" in text:
        text = _DOUBLE_DASH.sub(EN_DASH, text)
    if ". . ." in text or "...." in text:
        text = _LEADER.sub(" ", text)
    return _SPACED.sub(_unspace, text) if _SPACED_HINT.search(text) else text


_RUNS = re.compile(" {2,}")


def collapse_spaces(text: str) -> str:
    """Runs of spaces to one space, over a whole block of clean_block output at once.

    clean_block has already turned every other space character into " " (NFKC).
    """
    return _RUNS.sub(" ", text) if "  " in text else text


def clean_line(text: str) -> str:
    """One line: collapse runs of spaces and strip the ends."""
    if "  " not in text and text.isascii():
        return text.strip()  # the only space character is " ", never two in a row
    return _SPACES.sub(" ", text).strip()


_WORD_END_HYPHEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]{2}-$")
_WORD_START_LOWER = re.compile(r"[a-zà-öø-ÿ]{2}")

BULLETS = frozenset("•◦▪▫●○■□◆◇♦➢➤►▶▸‣∙⁃·*-–✓✔❖➔→")


def split_bullet(text: str) -> tuple[str, bool]:
    """Strip a leading bullet glyph; say whether there was one."""
    if len(text) > 1 and text[0] in BULLETS and (text[1] == " " or text[0] not in "-–*"):
        return text[1:].lstrip(), True
    return text, False


def join_hyphenated(lines: list[str]) -> list[str]:
    """Join a word hyphenated across two lines: "distri-" + "buted systems"."""
    out: list[str] = []
    for line in lines:
        if out and out[-1][-1] == "-" and _WORD_END_HYPHEN.search(out[-1]) and _WORD_START_LOWER.match(line):
            head, _, rest = line.partition(" ")
            out[-1] = out[-1][:-1] + head
            if rest:
                out.append(rest)
            elif not out[-1]:
                out.pop()
            continue
        out.append(line)
    return out



_PROFILE_HOSTS = frozenset(
    {
        "linkedin.com",
        "github.com",
        "gitlab.com",
        "bitbucket.org",
        "kaggle.com",
        "medium.com",
        "twitter.com",
        "x.com",
    }
)


def link_text(target: str) -> str | None:
    """What to show for a link target the text hides, or None when it is not worth showing.

    Mail addresses and profile pages (linkedin.com/in/NAME, github.com/NAME…) are contact
    details; other targets (employers' sites, repositories, papers) would only add
    noise, such as skill names inside repository paths.
    """
    lowered = target.strip().lower()
    if lowered.startswith("mailto:"):
        address = target.strip()[7:].split("?", 1)[0]
        return address if "@" in address else None
    if not lowered.startswith(("http://", "https://")):
        return None
    rest = lowered.split("://", 1)[1]
    host, _, path = rest.partition("/")
    host = host.removeprefix("www.")
    segments = [part for part in path.split("?", 1)[0].split("#", 1)[0].split("/") if part]
    for profile in _PROFILE_HOSTS:
        if host == profile or host.endswith("." + profile):
            if profile == "linkedin.com":  # linkedin.com/in/NAME
                ok = len(segments) == 2 and segments[0] in ("in", "pub")
            else:  # github.com/NAME, not a repository or a search
                ok = len(segments) == 1 and "?" not in rest
            return target.strip() if ok else None
    return None
