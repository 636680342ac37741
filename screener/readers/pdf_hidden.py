"""Find and remove PDF text a reader cannot see, so hidden keyword stuffing is not evidence.

Invisible means: render mode invisible or clip-only, fully transparent, drawn white or
near-white where no filled shape or image lies behind it (white on a dark side panel is
legitimate), smaller than MIN_FONT_SIZE, or wholly outside the page box. Checks run once
per text object (a few ctypes calls each: cheap next to text extraction), never per character.
Hidden objects are removed from the loaded page before the text page is built.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

MIN_FONT_SIZE = 4.0
_WHITE = 235  # each of R, G, B at or above this is "near-white"
_MAX_FORM_DEPTH = 6


@dataclass(slots=True)
class _Obj:
    handle: object
    container: object | None  # the form object holding it, None at page level
    box: tuple[float, float, float, float]


def _bounds(raw, obj) -> tuple[float, float, float, float] | None:
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
        return None
    return (l.value, b.value, r.value, t.value)


def _fill(raw, obj) -> tuple[int, int, int, int] | None:
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return None
    return (r.value, g.value, b.value, a.value)


def _scale(raw, obj) -> float:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return 1.0
    return math.sqrt(abs(m.a * m.d - m.b * m.c)) or 1.0


def _inside(point: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def strip_hidden(page, pdfium_page_box: tuple[float, float, float, float]) -> int:
    """Remove invisible text objects from `page`; return how many characters they held."""
    import pypdfium2.raw as raw

    hidden: list[_Obj] = []
    white: list[_Obj] = []
    backdrops: list[object] = []  # filled paths, images, shadings: what white text may sit on
    size = ctypes.c_float()
    px0, py0, px1, py1 = pdfium_page_box

    def visit(count: int, get, container, depth: int, scale: float) -> None:
        for i in range(count):
            obj = get(i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                mode = raw.FPDFTextObj_GetTextRenderMode(obj)
                box = _bounds(raw, obj)
                if box is None:
                    continue
                item = _Obj(obj, container, box)
                if mode in (raw.FPDF_TEXTRENDERMODE_INVISIBLE, raw.FPDF_TEXTRENDERMODE_CLIP):
                    hidden.append(item)
                    continue
                # Form contents have bounds in the form's own space: judge placement at page level.
                if container is None and (box[2] < px0 or box[0] > px1 or box[3] < py0 or box[1] > py1):
                    hidden.append(item)
                    continue
                if raw.FPDFTextObj_GetFontSize(obj, size):
                    if size.value * _scale(raw, obj) * scale < MIN_FONT_SIZE:
                        hidden.append(item)
                        continue
                color = _fill(raw, obj)
                if color is not None:
                    if color[3] == 0:
                        hidden.append(item)
                    elif min(color[:3]) >= _WHITE:
                        white.append(item)
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
                visit(
                    raw.FPDFFormObj_CountObjects(obj),
                    lambda j, form=obj: raw.FPDFFormObj_GetObject(form, j),
                    obj,
                    depth + 1,
                    scale * _scale(raw, obj),
                )
            elif kind in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING):
                backdrops.append(obj)

    raw_page = page.raw
    visit(
        raw.FPDFPage_CountObjects(raw_page),
        lambda j: raw.FPDFPage_GetObject(raw_page, j),
        None,
        0,
        1.0,
    )
    if white:
        hidden.extend(_unbacked(raw, white, backdrops))
    if not hidden:
        return 0
    return _remove(raw, page, hidden)


def _unbacked(raw, white: list[_Obj], backdrops: list[object]) -> list[_Obj]:
    """The white text objects with no non-white filled shape or image behind their centre."""
    boxes = []
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    for obj in backdrops:
        if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_PATH:
            if not raw.FPDFPath_GetDrawMode(obj, fill_mode, stroke) or fill_mode.value == 0:
                continue
            color = _fill(raw, obj)
            if color is None or color[3] == 0 or min(color[:3]) >= _WHITE:
                continue
        box = _bounds(raw, obj)
        if box is not None:
            boxes.append(box)
    out = []
    for item in white:
        l, b, r, t = item.box
        centre = ((l + r) / 2, (b + t) / 2)
        if not any(_inside(centre, box) for box in boxes):
            out.append(item)
    return out


def _remove(raw, page, hidden: list[_Obj]) -> int:
    textpage = raw.FPDFText_LoadPage(page.raw)
    chars = 0
    try:
        for item in hidden:
            n = raw.FPDFTextObj_GetText(item.handle, textpage, None, 0)
            if n > 2:
                buffer = (ctypes.c_ushort * (n // 2))()
                raw.FPDFTextObj_GetText(item.handle, textpage, buffer, n)
                text = bytes(buffer)[: n - 2].decode("utf-16-le", errors="ignore")
                chars += sum(1 for ch in text if ch.isalnum())
    finally:
        raw.FPDFText_ClosePage(textpage)
    for item in hidden:
        if item.container is None:
            ok = raw.FPDFPage_RemoveObject(page.raw, item.handle)
        else:
            ok = raw.FPDFFormObj_RemoveObject(item.container, item.handle)
        if ok:
            raw.FPDFPageObj_Destroy(item.handle)
    return chars
