"""Text clean-up shared by the PDF and DOCX readers: one place decides what a character means.

The contract other stages rely on (extract/ parses dates and names from this output):

- NFKC: ligatures (ﬁ ﬂ ﬀ) become letters, full-width forms become ASCII, NBSP and the
  other fixed-width spaces become a plain space.
- Dashes: every range dash (figure dash, en dash, em dash, horizontal bar, minus sign,
  small/full-width hyphen-minus) becomes an EN DASH "–" (U+2013); word hyphens (U+2010,
  U+2011) become ASCII "-". A soft hyphen (U+00AD) standing between spaces, as LaTeX
  templates draw date ranges ("Sep. 2023 \u00ad Mar. 2024"), is a range dash too: "–".
  So a date range always reads "2019 – 2021", "2019–2021" or "2019 - 2021" (ASCII hyphen
  as typed by the author); parse "-" and "–" alike.
- Hyphenation: PDFium marks a line-end hyphen as U+FFFE or U+0002 and glues the lines;
  before a lowercase letter it is dropped ("meteo|rological" -> "meteorological"), before
  anything else it becomes "-". A soft hyphen inside a word is dropped. `join_hyphenated`
  joins "exam-" + "ple" across two lines the same way.
- Dropped: private-use code points (icon fonts in contact lines), zero-width characters,
  control characters, the byte-order mark. Tabs and U+2423 (a typewriter font's visible
  space) become spaces; runs of spaces collapse to one; lines are stripped.
"""

from __future__ import annotations

import re
import unicodedata

EN_DASH = "\u2013"

# Translation applied before NFKC. Built once; str.translate is C-fast.
_TABLE: dict[int, str | None] = {
    **{cp: None for cp in range(0x00, 0x20) if cp not in (0x09, 0x0A, 0x0D, 0x02)},
    **{cp: None for cp in range(0x7F, 0xA0)},
    0x09: " ",
    0x2423: " ",
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0x2060: None,
    0xFEFF: None,
    0x2010: "-",
    0x2011: "-",
    0x2012: EN_DASH,
    0x2014: EN_DASH,
    0x2015: EN_DASH,
    0x2212: EN_DASH,
    0xFE58: EN_DASH,
    0xFE63: EN_DASH,
    0xFF0D: EN_DASH,
}

# Private use areas: the BMP block (icon fonts live here) and planes 15-16.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
# A hyphenation mark PDFium emits (U+FFFE, U+0002), possibly followed by the line break.
_HYPHEN_MARK_LOWER = re.compile(r"[\ufffe\x02][ \r\n]*(?=[a-zà-öø-ÿ])")
_HYPHEN_MARK_OTHER = re.compile(r"[\ufffe\x02][ \r\n]*")
_SOFT_HYPHEN_RANGE = re.compile(r"(?<=\s)\u00ad(?=\s)|(?<=\d)\u00ad(?=\d)")
_SOFT_HYPHEN = re.compile("\u00ad")
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_block(text: str) -> str:
    """Normalise a block of text (many lines, as one extraction call returns it)."""
    if text.isascii():
        # Fast path: most résumé text is ASCII; only controls and tabs need care.
        text = text.translate(_TABLE)
        text = _HYPHEN_MARK_LOWER.sub("", text)
        return _HYPHEN_MARK_OTHER.sub("-", text)
    text = _PRIVATE_USE.sub("", text)
    text = _SOFT_HYPHEN_RANGE.sub(EN_DASH, text)
    text = _SOFT_HYPHEN.sub("", text)
    text = text.translate(_TABLE)
    text = _HYPHEN_MARK_LOWER.sub("", text)
    text = _HYPHEN_MARK_OTHER.sub("-", text)
    text = unicodedata.normalize("NFKC", text)
    # NFKC maps some characters back into the dash family (e.g. U+FE63); map once more.
    return text.translate(_TABLE)


def clean_line(text: str) -> str:
    """One line: collapse runs of spaces and strip the ends."""
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
        if out and _WORD_START_LOWER.match(line) and _WORD_END_HYPHEN.search(out[-1]):
            head, _, rest = line.partition(" ")
            out[-1] = out[-1][:-1] + head
            if rest:
                out.append(rest)
            elif not out[-1]:
                out.pop()
            continue
        out.append(line)
    return out

