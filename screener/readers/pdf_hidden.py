"""Find and remove PDF text a reader cannot see, so hidden keyword stuffing is not evidence.

Invisible means: render mode invisible or clip-only (except an OCR layer over a scanned
page image, which shows that very text), fully transparent, drawn white or
near-white where no filled shape or image lies behind it (white on a dark side panel is
legitimate), or smaller than MIN_FONT_SIZE. (Text outside the page box is left out by
reading only inside the box; see pdf.py.) Checks run once per text object (a few
ctypes calls each: cheap next to text extraction), never per character.
Hidden objects are removed from the loaded page before the text page is built.
"""

from __future__ import annotations

import ctypes
import math
import re

from screener.readers.pdfium_fast import fast_api, page_size

MIN_FONT_SIZE = 4.0
_WHITE = 235  # each of R, G, B at or above this is "near-white"
_MAX_FORM_DEPTH = 6
_LETTER = re.compile(r"[^\W_]")
_BAND = 24.0  # points per band of _BoxIndex
_MAX_BANDS = 80  # a box taller than 80 bands (a page and more) is indexed in its first 80
_MIN_BACKDROP = 6.0  # points; thinner shapes (rules, icons) cannot sit behind a line of text
_SCAN_AREA = 0.4  # an image covering this share of the page is a scanned page


def _bounds(api, obj) -> tuple[float, float, float, float] | None:
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    refs = ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t)
    if not api["FPDFPageObj_GetBounds"](obj, *refs):
        return None
    return (l.value, b.value, r.value, t.value)


def _fill(api, obj) -> tuple[int, int, int, int] | None:
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    refs = ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)
    if not api["FPDFPageObj_GetFillColor"](obj, *refs):
        return None
    return (r.value, g.value, b.value, a.value)


def _scale(api, obj) -> float:
    import pypdfium2.raw as raw

    m = raw.FS_MATRIX()
    if not api["FPDFPageObj_GetMatrix"](obj, ctypes.byref(m)):
        return 1.0
    return math.sqrt(abs(m.a * m.d - m.b * m.c)) or 1.0


def _inside(point: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def strip_hidden(page) -> int:
    """Remove invisible text objects from `page` (a raw PDFium page handle).

    Returns -1 when nothing was hidden, else the page's letter-and-digit count before the
    removal (see _remove): the caller subtracts the count of what it then reads.

    Text outside the page box is not handled here: the caller reads only inside the box.
    The loop is the hot path of PDF reading (one pass over every page object): four
    PDFium calls per text object, more only for the few that are white or small.
    """
    import pypdfium2.raw as raw

    api = fast_api()
    get_type, get_mode = api["FPDFPageObj_GetType"], api["FPDFTextObj_GetTextRenderMode"]
    get_fill, get_size = api["FPDFPageObj_GetFillColor"], api["FPDFTextObj_GetFontSize"]
    FORM = raw.FPDF_PAGEOBJ_FORM
    BACKDROP = (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING)
    INVISIBLE = (raw.FPDF_TEXTRENDERMODE_INVISIBLE, raw.FPDF_TEXTRENDERMODE_CLIP)
    NOT_TEXT = raw.FPDF_TEXTRENDERMODE_UNKNOWN  # the render mode of any other kind of object
    white_from = _WHITE
    red, green, blue, alpha = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    size = ctypes.c_float()
    # Out-parameters by reference, made once (the fast functions take no argtypes).
    size_ref = ctypes.byref(size)
    r_ref, g_ref, b_ref, a_ref = (ctypes.byref(c) for c in (red, green, blue, alpha))
    hidden: list[tuple[object, object | None]] = []
    invisible: list[tuple[object, object | None]] = []
    white: list[tuple[object, object | None]] = []
    backdrops: list[tuple[object, int]] = []
    # (container form or None, object count, holder, depth, scale of the container)
    stack = [(None, api["FPDFPage_CountObjects"](page), page, 0, 1.0)]
    while stack:
        form, count, holder, depth, scale = stack.pop()
        get = api["FPDFPage_GetObject"] if form is None else api["FPDFFormObj_GetObject"]
        smallest = MIN_FONT_SIZE / scale
        for i in range(count):
            obj = get(holder, i)  # never NULL below the count (and NULL is no text nor kind)
            # The render mode first: text objects are most objects, and the mode of any
            # other kind is NOT_TEXT, so it spares them the call for the object's type.
            mode = get_mode(obj)
            if mode != NOT_TEXT:
                if mode in INVISIBLE:
                    invisible.append((obj, form))
                elif get_size(obj, size_ref) and size.value < smallest and (
                    size.value * _scale(api, obj) < smallest
                ):
                    hidden.append((obj, form))
                elif get_fill(obj, r_ref, g_ref, b_ref, a_ref):
                    if alpha.value == 0:
                        hidden.append((obj, form))
                    elif red.value >= white_from and green.value >= white_from and blue.value >= white_from:
                        white.append((obj, form))
                continue
            kind = get_type(obj)
            if kind in BACKDROP:
                backdrops.append((obj, kind))
            elif kind == FORM and depth < _MAX_FORM_DEPTH:
                inner = api["FPDFFormObj_CountObjects"](obj)
                stack.append((obj, inner, obj, depth + 1, scale * _scale(api, obj)))

    if invisible:
        hidden.extend(_not_ocr(raw, api, page, invisible, backdrops))
    if white:
        hidden.extend(_unbacked(raw, api, white, backdrops))
    if not hidden:
        return -1
    return _remove(api, page, hidden)


def _not_ocr(raw, api, page, invisible: list, backdrops: list[tuple[object, int]]) -> list:
    """Invisible text except an OCR layer: text laid over a page-sized image (a scan).

    OCR tools draw recognised text in render mode 3 over the scanned image, and that text
    is exactly what the image shows. Invisible text anywhere else is hidden.
    """
    width, height = page_size(page)
    scans = []
    for obj, kind in backdrops:
        if kind != raw.FPDF_PAGEOBJ_IMAGE:
            continue
        box = _bounds(api, obj)
        if box and (box[2] - box[0]) * (box[3] - box[1]) >= _SCAN_AREA * width * height:
            scans.append(box)
    if not scans:
        return invisible
    out = []
    for item in invisible:
        found = _bounds(api, item[0])
        if found is None:
            continue
        centre = ((found[0] + found[2]) / 2, (found[1] + found[3]) / 2)
        if not any(_inside(centre, box) for box in scans):
            out.append(item)
    return out


def _unbacked(raw, api, white: list, backdrops: list[tuple[object, int]]) -> list:
    """The white text objects with no non-white filled shape or image behind their centre."""
    boxes = _BoxIndex()
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    modes = ctypes.byref(fill_mode), ctypes.byref(stroke)
    draw_mode = api["FPDFPath_GetDrawMode"]
    for obj, kind in backdrops:
        if kind == raw.FPDF_PAGEOBJ_PATH:
            if not draw_mode(obj, *modes) or fill_mode.value == 0:
                continue
            color = _fill(api, obj)
            if color is None or color[3] == 0 or min(color[:3]) >= _WHITE:
                continue
        box = _bounds(api, obj)
        if box is not None and box[2] - box[0] >= _MIN_BACKDROP and box[3] - box[1] >= _MIN_BACKDROP:
            boxes.add(box)
    out = []
    for item in white:
        found = _bounds(api, item[0])
        if found is None:
            continue
        l, b, r, t = found
        if not boxes.covers(((l + r) / 2, (b + t) / 2)):
            out.append(item)
    return out


class _BoxIndex:
    """Rectangles bucketed by horizontal band, so each lookup checks a few, not all.

    (White text over thousands of small shapes must not cost text objects x shapes.)
    """

    def __init__(self) -> None:
        self.bands: dict[int, list[tuple[float, float, float, float]]] = {}

    def add(self, box: tuple[float, float, float, float]) -> None:
        first, last = int(box[1] // _BAND), int(box[3] // _BAND)
        for band in range(first, min(last, first + _MAX_BANDS) + 1):
            self.bands.setdefault(band, []).append(box)

    def covers(self, point: tuple[float, float]) -> bool:
        return any(_inside(point, box) for box in self.bands.get(int(point[1] // _BAND), ()))


def _remove(api, page, hidden: list) -> int:
    """Take the hidden objects off the page; return the page's letters and digits before.

    The caller counts again on the text page it builds afterwards: the difference is what
    was hidden. (Asking PDFium for each object's own text scans the whole text page per
    object: quadratic, and a page of 30,000 stuffed runs would cost seconds.)
    """
    textpage = api["FPDFText_LoadPage"](page)
    try:
        count = api["FPDFText_CountChars"](textpage)
        before = count_letters(_text_of(api, textpage, count)) if count > 0 else 0
    finally:
        api["FPDFText_ClosePage"](textpage)
    for handle, form in reversed(hidden):  # from the end: fewer objects shift per removal
        if form is None:
            ok = api["FPDFPage_RemoveObject"](page, handle)
        else:
            ok = api["FPDFFormObj_RemoveObject"](form, handle)
        if ok:
            api["FPDFPageObj_Destroy"](handle)
    return before


def _text_of(api, textpage, count: int) -> str:
    buffer = (ctypes.c_ushort * (count + 1))()
    written = api["FPDFText_GetText"](textpage, 0, count, buffer)
    return bytes(buffer)[: max(written - 1, 0) * 2].decode("utf-16-le", errors="ignore")


def count_letters(text: str) -> int:
    """Letters and digits in `text` (C-speed: one regex pass)."""
    return len(_LETTER.findall(text))
