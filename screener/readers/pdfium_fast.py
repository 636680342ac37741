"""PDFium calls for reading PDFs, without per-call argument conversion or helper objects.

pypdfium2's bindings check and convert every argument's ctypes type on every call; over the
tens of thousands of page objects and text rectangles of a batch that costs about a third
of the loops' time. Fresh function objects from the same loaded library skip it: functions
whose arguments are all pointers and C ints get no argtypes at all (handles are passed as
c_void_p objects, out-parameters as byref()s made once), pointer results come back as
`Handle` objects. Functions with other argument types (doubles, unsigned long, size_t) keep
argtypes, since an untyped Python int is passed as a C int and a float not at all.

Documents, pages and text pages are raw handles too, opened and closed here: pypdfium2's
helper objects (finalizers, weak references, parent bookkeeping) cost as much per page as
a few hundred of these calls, and the reader closes everything it opens anyway. Failures
raise pypdfium2's PdfiumError, as its helpers do.
"""

from __future__ import annotations

import codecs
import ctypes

_FAST: dict[str, object] = {}
_UNITS_PER_CHAR = 4  # bounded text: at most a line break (2) and a surrogate pair (2) a char


class Handle(ctypes.c_void_p):
    """A pointer result kept as a ctypes object (a plain c_void_p restype returns an int)."""


def fast_api() -> dict[str, object]:
    """The functions by name; built once per process.

    Falls back to pypdfium2's own (typed) functions when the library handle is not where
    this pypdfium2 version keeps it: every call below works with either.
    """
    if _FAST:
        return _FAST
    import pypdfium2.raw as raw

    vp, i32, ulong, f64 = ctypes.c_void_p, ctypes.c_int, ctypes.c_ulong, ctypes.c_double
    untyped = None  # all arguments pointers or C ints
    signatures: dict[str, tuple[object, object]] = {
        "FPDF_LoadMemDocument64": (Handle, (vp, ctypes.c_size_t, ctypes.c_char_p)),
        "FPDF_GetPageCount": (i32, untyped),
        "FPDF_GetLastError": (ulong, untyped),
        "FPDF_CloseDocument": (None, untyped),
        "FPDF_LoadPage": (Handle, untyped),
        "FPDF_ClosePage": (None, untyped),
        "FPDF_GetPageBoundingBox": (i32, untyped),
        "FPDF_GetPageWidthF": (ctypes.c_float, untyped),
        "FPDF_GetPageHeightF": (ctypes.c_float, untyped),
        "FPDFPage_CountObjects": (i32, untyped),
        "FPDFPage_GetObject": (Handle, untyped),
        "FPDFPage_RemoveObject": (i32, untyped),
        "FPDFFormObj_CountObjects": (i32, untyped),
        "FPDFFormObj_GetObject": (Handle, (vp, ulong)),
        "FPDFFormObj_RemoveObject": (i32, untyped),
        "FPDFPageObj_Destroy": (None, untyped),
        "FPDFPageObj_GetType": (i32, untyped),
        "FPDFPageObj_GetMatrix": (i32, untyped),
        "FPDFTextObj_GetTextRenderMode": (i32, untyped),
        "FPDFTextObj_GetFontSize": (i32, untyped),
        "FPDFPageObj_GetFillColor": (i32, untyped),
        "FPDFPageObj_GetBounds": (i32, untyped),
        "FPDFPath_GetDrawMode": (i32, untyped),
        "FPDFText_LoadPage": (Handle, untyped),
        "FPDFText_ClosePage": (None, untyped),
        "FPDFText_CountRects": (i32, untyped),
        "FPDFText_GetRect": (i32, untyped),
        "FPDFText_CountChars": (i32, untyped),
        "FPDFText_GetText": (i32, untyped),
        "FPDFText_GetBoundedText": (i32, (vp, f64, f64, f64, f64, vp, i32)),
        "FPDFText_GetCharIndexAtPos": (i32, (vp, f64, f64, f64, f64)),
        "FPDFText_GetCharIndexFromTextIndex": (i32, untyped),
        "FPDFText_GetTextIndexFromCharIndex": (i32, untyped),
        "FPDFText_GetFontSize": (f64, untyped),
        "FPDFText_GetFontWeight": (i32, untyped),
        "FPDFText_GetFontInfo": (ulong, (vp, i32, vp, ulong, ctypes.POINTER(i32))),
        "FPDFText_GetTextObject": (Handle, untyped),
        "FPDFTextObj_GetFont": (vp, untyped),  # the address as an int: a dictionary key
        "FPDFLink_Enumerate": (i32, untyped),
        "FPDFLink_GetAction": (Handle, untyped),
        "FPDFAction_GetType": (ulong, untyped),
        "FPDFAction_GetURIPath": (ulong, (vp, vp, vp, ulong)),
    }
    api: dict[str, object] = {}
    try:
        from pypdfium2_raw import bindings

        library = bindings._libs["pdfium"]
        for name, (restype, argtypes) in signatures.items():
            func = library[name]  # a new function object; pypdfium2's own stays untouched
            func.restype, func.argtypes = restype, argtypes
            api[name] = func
    except (ImportError, AttributeError, KeyError, TypeError):
        api = {name: getattr(raw, name) for name in signatures}
    _FAST.update(api)  # filled whole, never half
    return _FAST


def _error(message: str, code: int | None = None) -> Exception:
    import pypdfium2 as pdfium

    return pdfium.PdfiumError(message, err_code=code)


def open_document(data: bytes):
    """The document handle for `data` (which must outlive it); close with close_document.

    Like pypdfium2's PdfDocument: a document without pages is an error, with PDFium's code.
    """
    import pypdfium2  # noqa: F401 - importing it initialises the library

    api = fast_api()
    doc = api["FPDF_LoadMemDocument64"](data, len(data), None)
    if api["FPDF_GetPageCount"](doc) < 1:
        code = api["FPDF_GetLastError"]()
        if doc:
            api["FPDF_CloseDocument"](doc)
        raise _error("Failed to load document.", code)
    return doc


def close_document(doc) -> None:
    _FAST["FPDF_CloseDocument"](doc)


def load_page(doc, index: int):
    page = _FAST["FPDF_LoadPage"](doc, index)
    if not page:
        raise _error("Failed to load page.")
    return page


def close_page(page) -> None:
    _FAST["FPDF_ClosePage"](page)


def page_box(page) -> tuple[float, float, float, float]:
    """The page's bounding box (left, bottom, right, top), as pypdfium2's get_bbox."""
    import pypdfium2.raw as raw

    rect = raw.FS_RECTF()
    if not _FAST["FPDF_GetPageBoundingBox"](page, ctypes.byref(rect)):
        raise _error("Failed to get page bounding box.")
    return (rect.left, rect.bottom, rect.right, rect.top)


def page_size(page) -> tuple[float, float]:
    return (_FAST["FPDF_GetPageWidthF"](page), _FAST["FPDF_GetPageHeightF"](page))


def load_textpage(page):
    textpage = _FAST["FPDFText_LoadPage"](page)
    if not textpage:
        raise _error("Failed to load text page.")
    return textpage


def close_textpage(textpage) -> None:
    _FAST["FPDFText_ClosePage"](textpage)


def font_address(textpage, char: int) -> int | None:
    """The address of the font a character is drawn in (a dictionary key), or None."""
    font = _FAST["FPDFTextObj_GetFont"](_FAST["FPDFText_GetTextObject"](textpage, char))
    if font is None or isinstance(font, int):
        return font
    return ctypes.cast(font, ctypes.c_void_p).value  # pypdfium2's typed fallback: a pointer


def text_range(textpage, count: int) -> str:
    """All the text page's text, exactly as pypdfium2's get_text_range() gives it.

    `count` is the page's character count (FPDFText_CountChars). Characters at either end
    that have no text index are left out of the range (pypdfium2 issue 261).
    """
    if count < 0:
        raise _error("Failed to get character count.")
    to_text = _FAST["FPDFText_GetTextIndexFromCharIndex"]
    start, end = 0, count - 1
    while start <= end and to_text(textpage, start) == -1:
        start += 1
    while start <= end and to_text(textpage, end) == -1:
        end -= 1
    if start > end:
        return ""
    size = to_text(textpage, end) + 2 - to_text(textpage, start)  # with the NUL
    buffer = (ctypes.c_ushort * size)()
    written = _FAST["FPDFText_GetText"](textpage, start, end + 1 - start, buffer)
    return codecs.decode(memoryview(buffer)[: written - 1], "utf-16-le", "ignore")


def bounded_text(textpage, left: float, bottom: float, right: float, top: float, count: int) -> str:
    """The text inside a rectangle, exactly as pypdfium2's get_text_bounded() gives it.

    pypdfium2 asks PDFium twice (the length, then the text), and each call scans the whole
    page; one call into a buffer big enough for `count` characters does. Where the text
    holds surrogates, pypdfium2 sizes its buffer in code points, not UTF-16 units, and cuts
    the end off: that text is read its way.
    """
    get = _FAST["FPDFText_GetBoundedText"]
    size = _UNITS_PER_CHAR * max(count, 0) + 2
    buffer = (ctypes.c_ushort * size)()
    written = get(textpage, left, top, right, bottom, buffer, size)
    if written <= 0:
        return ""
    if buffer[written - 1] == 0:
        written -= 1  # PDFium copies its string's NUL terminator too; pypdfium2 leaves it out
    text = codecs.decode(memoryview(buffer)[:written], "utf-16-le", "ignore")
    if written < size - 1 and len(text) == written:  # no surrogates, nothing cut off
        return text
    wanted = get(textpage, left, top, right, bottom, None, 0)
    buffer = (ctypes.c_ushort * wanted)()
    get(textpage, left, top, right, bottom, buffer, wanted)
    return codecs.decode(buffer, "utf-16-le", "ignore")
