"""Layout hints from PDF type: "heading" for lines set larger than the page's body text,
"bold" for lines in a heavy font.

Checked only for short lines (headings and names are short): three PDFium calls on each
one's first character (a fourth, the font name, when the font states no weight), found by
locating the line in the page's full text, whose indices PDFium maps to character
indices. The body's size and weight are the medians of a few characters sampled across
the page.
"""

from __future__ import annotations

import ctypes
import re

from screener.readers.normalise import clean_block, collapse_spaces
from screener.readers.pdf_cells import SEPARATOR
from screener.readers.pdfium_fast import fast_api, font_address

MAX_HINT_LINE = 40  # characters; longer lines are body text
_LARGER = 1.12  # a heading's type is at least this much larger than the body's
_BOLD = 500  # font weight at least this
_HEAVIER = 200  # and this much above the body text's weight
_SAMPLES = 15
_MAX_LOOKUPS = 300  # short lines looked up per page
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FORCE_BOLD = 1 << 18  # PDF font flag ForceBold (bit 19)


def _hint_set(*names: str) -> frozenset[str]:
    hints = set()
    for name in names:  # added in the order the lookups below find them
        hints.add(name)
    return frozenset(hints)


_HINTS = {
    (True, False): _hint_set("heading"),
    (False, True): _hint_set("bold"),
    (True, True): _hint_set("heading", "bold"),
}


def font_hints(
    textpage, blocks: list[tuple[int, str]], full: str, count: int
) -> dict[str, frozenset[str]]:
    """Normalised line text -> hints, for the short lines of a page that look like headings.

    `textpage` is a raw PDFium text page holding `count` characters.
    """
    api = fast_api()
    size_of, weight_of = api["FPDFText_GetFontSize"], api["FPDFText_GetFontWeight"]
    to_char = api["FPDFText_GetCharIndexFromTextIndex"]
    body, body_weight = _body_type(textpage, count, size_of, weight_of)
    # Stated weights vary by font (some body fonts claim 700+): bold means heavier than
    # the page's body text as well as heavy in itself.
    bold_from = max(_BOLD, body_weight + _HEAVIER)
    # Font address -> bold by its name, for fonts that state no weight. The name costs a
    # buffer, a decode and a regex; one page has a few fonts and many short lines.
    named: dict[int, bool] = {}
    found: dict[str, frozenset[str]] = {}
    budget = _MAX_LOOKUPS  # a pathological page must not cost lines x characters
    for _column, raw in blocks:
        cursor = 0
        for line in raw.splitlines():
            text = line.strip()
            if not text or len(text) > MAX_HINT_LINE:
                continue
            budget -= 1
            if budget < 0:
                return found
            at = full.find(text, cursor)
            if at < 0 and SEPARATOR in text:  # a line pdf_cells marked: PDFium drew a space
                at = full.find(text.replace(SEPARATOR, " "), cursor)
            if at < 0:
                continue
            cursor = at + len(text)
            char = to_char(textpage, at)
            if char < 0:
                continue
            heading = bool(body) and size_of(textpage, char) >= _LARGER * body
            weight = weight_of(textpage, char)
            bold = weight >= bold_from
            if not bold and weight <= 0:
                font = font_address(textpage, char)
                bold = named.get(font) if font else None
                if bold is None:
                    bold = _bold_name(api, textpage, char)
                    if font:
                        named[font] = bold
            if heading or bold:
                key = collapse_spaces(clean_block(text, drawn=True)).strip()
                found[key] = _HINTS[(heading, bold)]
    return found


def _bold_name(api, handle, char: int) -> bool:
    """For fonts without a stated weight (the standard 14): "Helvetica-Bold" and the like."""
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    size = api["FPDFText_GetFontInfo"](handle, char, buffer, 128, flags)
    name = buffer.value.decode("latin-1", errors="ignore") if 0 < size <= 128 else ""
    return bool(_BOLD_NAME.search(name)) or bool(flags.value & _FORCE_BOLD)


def _body_type(handle, count: int, size_of, weight_of) -> tuple[float, int]:
    """Median size and weight of characters sampled evenly across the page."""
    if count <= 0:
        return 0.0, 0
    step = max(count // _SAMPLES, 1)
    sizes, weights = [], []
    for i in range(0, count, step):
        size = size_of(handle, i)
        if size > 0:
            sizes.append(size)
            weights.append(weight_of(handle, i))
    if not sizes:
        return 0.0, 0
    sizes.sort()
    weights.sort()
    return sizes[len(sizes) // 2], weights[len(weights) // 2]
