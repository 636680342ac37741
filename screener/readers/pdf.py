"""PDF bytes -> Document: PDFium text in reading order, hidden text removed, pypdf as fallback.

Each page: drop invisible text objects (pdf_hidden), find columns from the text rectangles
(pdf_layout), read each region with one get_text_bounded call, then normalise (normalise).
PDFium refuses some damaged files that pypdf still reads; pypdf then runs under tight
limits and the document carries a warning saying so.
"""

from __future__ import annotations

import ctypes

from screener.errors import Corrupt, Encrypted, NoText, ReadError, TooLarge
from screener.models import Document, Line
from screener.readers.normalise import (
    BULLETS,
    clean_block,
    collapse_spaces,
    join_hyphenated,
    split_bullet,
)
from screener.readers.guard import check_pdf_streams
from screener.readers.pdf_cells import gap_marks, mark_bounded, mark_full, wide_gaps
from screener.readers.pdf_fonts import font_hints
from screener.readers.pdf_furniture import mark_furniture
from screener.readers.pdf_hidden import count_letters, strip_hidden
from screener.readers.pdf_layout import plan_regions
from screener.readers.pdf_links import link_lines, page_targets
from screener.readers.pdfium_fast import (
    bounded_text,
    close_document,
    close_page,
    close_textpage,
    fast_api,
    load_page,
    load_textpage,
    open_document,
    page_box,
    text_range,
)

MAX_PAGES = 200  # a résumé longer than this is read up to here, with a warning
MAX_RECTS = 20_000  # text runs per page looked at for layout; past this, reading order is PDFium's
MIN_TEXT_CHARS = 40  # fewer non-space characters than this is "no text" (a scan, outlines)
MIN_PAGE_CHARS = 20  # nor fewer than this per page on average
INFLATE_FACTOR = 10  # streams may inflate to this many times the input size cap
_LIST, _PLAIN = frozenset({"list"}), frozenset()


def read_pdf(data: bytes, *, path: str, sha256: str, max_bytes: int) -> Document:
    import pypdfium2 as pdfium

    check_pdf_streams(data, INFLATE_FACTOR * max_bytes)
    try:
        pdf = open_document(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == 4:  # FPDF_ERR_PASSWORD: the empty password did not open it
            raise Encrypted(detail=type(exc).__name__) from None
        return _read_with_pypdf(data, path=path, sha256=sha256, cause=type(exc).__name__)
    warnings: list[str] = []
    try:
        lines, pages, hidden = _read_pages(pdf, warnings)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - any PDFium failure mid-document is damage
        raise Corrupt(detail=type(exc).__name__) from None
    finally:
        close_document(pdf)
    if hidden:
        warnings.append(f"{hidden} hidden characters ignored")
    _require_text(lines, min(pages, MAX_PAGES))
    return Document(path, sha256, "pdf", pages, tuple(lines), tuple(warnings))


def _read_pages(pdf, warnings: list[str]) -> tuple[list[Line], int, int]:
    """Lines, page count and hidden characters of an open document (a raw PDFium handle)."""
    api = fast_api()
    pages = api["FPDF_GetPageCount"](pdf)
    if pages == 0:
        raise Corrupt(detail="NoPages")
    if pages > MAX_PAGES:
        warnings.append(f"only the first {MAX_PAGES} of {pages} pages were read")
    per_page: list[tuple[list[Line], list[str]]] = []
    hidden = 0
    for index in range(min(pages, MAX_PAGES)):
        page = load_page(pdf, index)
        try:
            box = page_box(page)
            before = strip_hidden(page)
            textpage = load_textpage(page)
            try:
                chars = api["FPDFText_CountChars"](textpage)
                blocks, off_page, full = _page_blocks(textpage, box, chars)
                hidden += off_page
                if before >= 0:
                    hidden += max(before - count_letters(full), 0)
                fonts = font_hints(textpage, blocks, full, chars)
            finally:
                close_textpage(textpage)
            # Contact links live on the first page; other pages' links are projects and papers.
            targets = page_targets(pdf, page) if index == 0 else []
            per_page.append((_page_lines(blocks, index + 1, fonts), targets))
        finally:
            close_page(page)
    printed_mail = any("@" in line.text for page_lines, _ in per_page for line in page_lines)
    marked = mark_furniture([page_lines for page_lines, _ in per_page])
    lines: list[Line] = []
    for number, (page_lines, (_, targets)) in enumerate(zip(marked, per_page), start=1):
        lines += page_lines
        if targets:
            lines += link_lines(targets, page_lines, number, mail=not printed_mail)
    return lines, pages, hidden


def _page_blocks(textpage, box, chars: int) -> tuple[list[tuple[int, str]], int, str]:
    """The page's text as (column, raw text) blocks in reading order, off-page letters, and
    the page's whole text in character order (for font lookups).

    `textpage` is a raw PDFium text page of `chars` characters.
    """
    x0, y0, x1, y1 = box
    api = fast_api()
    n = api["FPDFText_CountRects"](textpage, 0, -1)
    if n > MAX_RECTS:  # a pathological page: keep PDFium's order, still only inside the box
        full = text_range(textpage, chars)
        return [(0, bounded_text(textpage, x0, y0, x1, y1, chars))], 0, full
    l, t, r, b = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    refs = ctypes.byref(l), ctypes.byref(t), ctypes.byref(r), ctypes.byref(b)
    get_rect = api["FPDFText_GetRect"]
    rects = []
    append = rects.append
    for i in range(max(n, 0)):
        if get_rect(textpage, i, *refs):
            append((l.value, b.value, r.value, t.value))
    full = text_range(textpage, chars)
    inside = None
    off_page = 0
    if rects and _reaches_outside(rects, box):
        # Drawn outside the page box: nobody sees it. Reading stays inside the box, and
        # the letters left out are counted in one pass (never one call per rectangle).
        inside = bounded_text(textpage, x0, y0, x1, y1, chars)
        off_page = max(count_letters(full) - count_letters(inside), 0)
        rects = [q for q in rects if not (q[2] < x0 or q[0] > x1 or q[3] < y0 or q[1] > y1)]
    regions = plan_regions(rects, box)
    gutters = [(reg.right, reg.bottom, reg.top) for reg in regions or () if reg.column == 1]
    points = wide_gaps(rects, gutters)
    marks = gap_marks(textpage, full, points) if points else []
    if regions is None:
        # The whole text is several times cheaper than bounded text, and gives the same
        # characters in the same order when nothing lies outside the box.
        if inside is None:
            return [(0, mark_full(full, marks))], off_page, full
        return [(0, mark_bounded(inside, full, marks))], off_page, full
    blocks = []
    for reg in regions:
        text = bounded_text(textpage, reg.left, reg.bottom, reg.right, reg.top, chars)
        if marks:
            own = [
                m for m in marks if reg.left <= m[1] <= reg.right and reg.bottom <= m[2] <= reg.top
            ]
            text = mark_bounded(text, full, own)
        blocks.append((reg.column, text))
    return blocks, off_page, full


def _reaches_outside(rects: list[tuple[float, float, float, float]], box) -> bool:
    """Whether any rect lies wholly outside the box (four C-speed scans, no per-rect code)."""
    lefts, bottoms, rights, tops = zip(*rects)
    return min(rights) < box[0] or max(lefts) > box[2] or min(tops) < box[1] or max(bottoms) > box[3]


def _page_lines(
    blocks: list[tuple[int, str]], page_no: int, fonts: dict[str, frozenset[str]] | None = None
) -> list[Line]:
    """Normalised, numbered lines of one page from its regions' raw text.

    `fonts` maps normalised line text to type hints ("heading", "bold"), see pdf_fonts.
    """
    out: list[Line] = []
    for column, raw in blocks:
        texts = [t for t in map(str.strip, collapse_spaces(clean_block(raw, drawn=True)).splitlines()) if t]
        # Only a line ending in "-" can join the next: most blocks have none.
        if "-\n" in "\n".join(texts[:-1]) + "\n":
            texts = join_hyphenated(texts)
        for text in texts:
            hints = fonts.get(text, _PLAIN) if fonts else _PLAIN
            if text[0] in BULLETS:  # split_bullet's own first test, done inline: most lines fail it
                text, bullet = split_bullet(text)
                if not text:
                    continue
                if bullet:
                    hints = hints | _LIST
            out.append(Line(text, page_no, len(out) + 1, hints, column))
    return out


def _require_text(lines: list[Line], pages: int = 1) -> None:
    """Raise NoText unless there is real text: MIN_TEXT_CHARS, and MIN_PAGE_CHARS a page.

    (A scan whose pages carry only a printed footer is still a scan.)
    """
    needed = max(MIN_TEXT_CHARS, MIN_PAGE_CHARS * pages)
    chars = 0
    for line in lines:
        chars += len(line.text) - line.text.count(" ")
        if chars >= needed:
            return
    raise NoText()


def _read_with_pypdf(data: bytes, *, path: str, sha256: str, cause: str) -> Document:
    """Fallback for files PDFium refuses, with pypdf's resource limits tightened.

    Plain text per page: no columns, no hidden-text removal (pypdf has no cheap way to
    tell), hence the warning on the document.
    """
    import io
    import logging

    import pypdf

    limits = dict(
        maximum_declared_stream_length=20_000_000,
        zlib_maximum_output_length=50_000_000,
        array_based_stream_maximum_output_length=50_000_000,
        lzw_maximum_output_length=50_000_000,
        run_length_maximum_output_length=50_000_000,
        jbig2_maximum_output_length=10_000_000,
        image_maximum_buffer_size=20_000_000,
        stream_decoding_work_maximum_length=100_000_000,
        stream_parsing_work_maximum_count=500_000,
        page_tree_maximum_entries=10_000,
        page_tree_maximum_depth=50,
        xform_maximum_invocations_per_extraction=500,
        jbig2dec_binary=None,
    )
    # pypdf logs warnings about damage ("EOF marker not found"); the core never prints,
    # and Python's last-resort handler would send them to stderr.
    pypdf_logger = logging.getLogger("pypdf")
    previous = pypdf_logger.level
    pypdf_logger.setLevel(logging.CRITICAL)
    try:
        with pypdf.apply_configuration(**limits):
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise Encrypted(detail=cause)
            count = min(len(reader.pages), MAX_PAGES)
            texts = [reader.pages[i].extract_text() or "" for i in range(count)]
    except ReadError:
        raise
    except pypdf.errors.LimitReachedError as exc:
        raise TooLarge(detail=type(exc).__name__) from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many unrelated types
        raise Corrupt(detail=f"{cause}/{type(exc).__name__}") from None
    finally:
        pypdf_logger.setLevel(previous)
    lines: list[Line] = []
    for number, text in enumerate(texts, start=1):
        lines.extend(_page_lines([(0, text)], number))
    _require_text(lines, len(texts))
    warning = ("read with the fallback PDF engine",)
    return Document(path, sha256, "pdf", len(texts), tuple(lines), warning)
