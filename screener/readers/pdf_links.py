"""Web and mail addresses that a PDF page links to but does not print.

Contact lines often say "Email · LinkedIn · GitHub" with the addresses only in the link
annotations. A recruiter needs the address, so each such target worth showing (see
normalise.link_text: mail and profile pages) becomes a line of its own after the page's
text (hint "link"). Only the first page is looked at (pdf.py): contact lines live there,
while later pages' links are mostly referees' addresses and repeats of the contact footer.
Targets the page already shows are left out, and so are linked mail addresses in a
document that prints one (those belong to referees and co-authors).
"""

from __future__ import annotations

import ctypes

from screener.models import Line
from screener.readers.normalise import link_text

_SCHEMES = ("mailto:", "http://", "https://")
_MAX_LINKS = 50  # per page; a page of thousands of links is not a résumé's contact line
_HINTS = frozenset({"link"})


def link_lines(targets: list[str], lines: list[Line], page_no: int, *, mail: bool) -> list[Line]:
    """Lines for a page's unprinted link targets, numbered after the page's `lines`.

    `mail` False leaves linked mail addresses out: when the document prints an address,
    that one is the candidate's and the linked ones belong to referees and co-authors.
    """
    shown = "".join(line.text for line in lines).replace(" ", "").lower()
    out: list[Line] = []
    seen: set[str] = set()
    for target in targets:
        text = link_text(target)
        if text is None or ("@" in text and not mail):
            continue
        bare = text.lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")
        bare = bare.rstrip("/")
        if not bare or bare in shown or bare in seen:
            continue
        seen.add(bare)
        out.append(Line(text, page_no, len(lines) + len(out) + 1, _HINTS, 0))
    return out


def page_targets(pdf, page) -> list[str]:
    """The page's mail and web link targets (at most _MAX_LINKS); raw PDFium handles."""
    import pypdfium2.raw as raw

    from screener.readers.pdfium_fast import fast_api

    api = fast_api()
    get_path = api["FPDFAction_GetURIPath"]
    found: list[str] = []
    position = ctypes.c_int(0)
    link = raw.FPDF_LINK()
    where, out = ctypes.byref(position), ctypes.byref(link)
    while len(found) < _MAX_LINKS and api["FPDFLink_Enumerate"](page, where, out):
        action = api["FPDFLink_GetAction"](link)
        if not action or api["FPDFAction_GetType"](action) != raw.PDFACTION_URI:
            continue
        size = get_path(pdf, action, None, 0)
        if not 0 < size <= 1024:
            continue
        buffer = ctypes.create_string_buffer(size)
        get_path(pdf, action, buffer, size)
        target = buffer.raw[: size - 1].decode("ascii", errors="ignore").strip()
        if target.lower().startswith(_SCHEMES):
            found.append(target)
    return found
