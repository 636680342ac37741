"""PDFium calls for the hot loops, typed with plain void pointers.

pypdfium2's bindings check each pointer argument's ctypes type on every call; over the tens
of thousands of page objects and text rectangles of a batch that check costs about a third
of the loops' time. Fresh function objects from the same loaded library, typed c_void_p,
skip it. `handle` turns a pypdfium2 handle into an address for them; `typed` turns an
address back into a handle pypdfium2's own functions accept.
"""

from __future__ import annotations

import ctypes

_FAST: dict[str, object] = {}


def fast_api() -> dict[str, object]:
    """The functions by name, plus `handle` and `typed`; built once per process.

    Falls back to pypdfium2's own functions (and identity conversions) when the library
    handle is not where this pypdfium2 version keeps it.
    """
    if _FAST:
        return _FAST
    import pypdfium2.raw as raw

    vp, i32, u32, f32 = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_float
    pu, pd = ctypes.POINTER(u32), ctypes.POINTER(ctypes.c_double)
    signatures = {
        "FPDFPage_CountObjects": (i32, (vp,)),
        "FPDFPage_GetObject": (vp, (vp, i32)),
        "FPDFFormObj_CountObjects": (i32, (vp,)),
        "FPDFFormObj_GetObject": (vp, (vp, u32)),
        "FPDFPageObj_GetType": (i32, (vp,)),
        "FPDFTextObj_GetTextRenderMode": (i32, (vp,)),
        "FPDFTextObj_GetFontSize": (i32, (vp, ctypes.POINTER(f32))),
        "FPDFPageObj_GetFillColor": (i32, (vp, pu, pu, pu, pu)),
        "FPDFText_CountRects": (i32, (vp, i32, i32)),
        "FPDFText_GetRect": (i32, (vp, i32, pd, pd, pd, pd)),
        "FPDFText_CountChars": (i32, (vp,)),
        "FPDFText_GetCharIndexFromTextIndex": (i32, (vp, i32)),
        "FPDFText_GetFontSize": (ctypes.c_double, (vp, i32)),
        "FPDFText_GetFontWeight": (i32, (vp, i32)),
        "FPDFText_GetFontInfo": (ctypes.c_ulong, (vp, i32, vp, ctypes.c_ulong, ctypes.POINTER(i32))),
    }
    api: dict[str, object] = {}
    try:
        from pypdfium2_raw import bindings

        library = bindings._libs["pdfium"]
        for name, (restype, argtypes) in signatures.items():
            func = library[name]  # a new function object; pypdfium2's own stays untouched
            func.restype, func.argtypes = restype, argtypes
            api[name] = func
        api["handle"] = lambda obj: ctypes.cast(obj, vp).value
        api["typed"] = lambda addr: ctypes.cast(vp(addr), raw.FPDF_PAGEOBJECT)
    except (ImportError, AttributeError, KeyError, TypeError):
        api = {name: getattr(raw, name) for name in signatures}
        api["handle"] = api["typed"] = lambda obj: obj
    _FAST.update(api)  # filled whole, never half
    return _FAST
