"""PDFium calls for the hot loops, without per-call argument conversion.

pypdfium2's bindings check and convert every argument's ctypes type on every call; over the
tens of thousands of page objects and text rectangles of a batch that costs about a third
of the loops' time. Fresh function objects from the same loaded library skip it: functions
whose arguments are all pointers and C ints get no argtypes at all (handles are passed as
c_void_p objects, out-parameters as byref()s made once), pointer results come back as
`Handle` objects. Functions with other argument types (unsigned long, say) keep argtypes,
since an untyped Python int is passed as a C int.

`handle` turns a pypdfium2 handle into one for these functions; `typed` turns one back into
a page-object handle pypdfium2's own functions accept.
"""

from __future__ import annotations

import ctypes

_FAST: dict[str, object] = {}


class Handle(ctypes.c_void_p):
    """A pointer result kept as a ctypes object (a plain c_void_p restype returns an int)."""


def fast_api() -> dict[str, object]:
    """The functions by name, plus `handle` and `typed`; built once per process.

    Falls back to pypdfium2's own functions (and identity conversions) when the library
    handle is not where this pypdfium2 version keeps it.
    """
    if _FAST:
        return _FAST
    import pypdfium2.raw as raw

    vp, i32, ulong = ctypes.c_void_p, ctypes.c_int, ctypes.c_ulong
    untyped = None  # all arguments pointers or C ints
    signatures: dict[str, tuple[object, object]] = {
        "FPDFPage_CountObjects": (i32, untyped),
        "FPDFPage_GetObject": (Handle, untyped),
        "FPDFFormObj_CountObjects": (i32, untyped),
        "FPDFFormObj_GetObject": (Handle, (vp, ulong)),
        "FPDFPageObj_GetType": (i32, untyped),
        "FPDFTextObj_GetTextRenderMode": (i32, untyped),
        "FPDFTextObj_GetFontSize": (i32, untyped),
        "FPDFPageObj_GetFillColor": (i32, untyped),
        "FPDFPageObj_GetBounds": (i32, untyped),
        "FPDFPath_GetDrawMode": (i32, untyped),
        "FPDFText_CountRects": (i32, untyped),
        "FPDFText_GetRect": (i32, untyped),
        "FPDFText_CountChars": (i32, untyped),
        "FPDFText_GetCharIndexFromTextIndex": (i32, untyped),
        "FPDFText_GetFontSize": (ctypes.c_double, untyped),
        "FPDFText_GetFontWeight": (i32, untyped),
        "FPDFText_GetFontInfo": (ulong, (vp, i32, vp, ulong, ctypes.POINTER(i32))),
    }
    api: dict[str, object] = {}
    try:
        from pypdfium2_raw import bindings

        library = bindings._libs["pdfium"]
        for name, (restype, argtypes) in signatures.items():
            func = library[name]  # a new function object; pypdfium2's own stays untouched
            func.restype, func.argtypes = restype, argtypes
            api[name] = func
        api["handle"] = lambda obj: ctypes.cast(obj, Handle)
        api["typed"] = lambda obj: ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
    except (ImportError, AttributeError, KeyError, TypeError):
        api = {name: getattr(raw, name) for name in signatures}
        api["handle"] = api["typed"] = lambda obj: obj
    _FAST.update(api)  # filled whole, never half
    return _FAST
