"""Find and drop DOCX runs a reader of the page cannot see: hidden keyword stuffing is not evidence.

A run is invisible when its properties hide it (w:vanish), set it below MIN_HALF_POINTS
(under 4 pt), or colour it white or near-white with no dark shading behind it (on the run,
its paragraph or its table cell): white text on a dark banner is legitimate. Only direct
run properties are read, not styles: that is where stuffing is applied, and it keeps this
one pass over the run properties cheap.
"""

from __future__ import annotations

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MIN_HALF_POINTS = 8  # w:sz counts half-points: 8 is 4 pt
_WHITE = 0xEB  # each of R, G, B at or above this is near-white
_DARK = 0x99  # a shading whose brightest component is at most this is dark
_R, _RPR, _T = W + "r", W + "rPr", W + "t"
_VANISH, _SZ, _COLOR, _SHD, _HIGHLIGHT = W + "vanish", W + "sz", W + "color", W + "shd", W + "highlight"
_VAL, _FILL, _THEME = W + "val", W + "fill", W + "themeColor"
_OFF = frozenset({"0", "false", "off"})
_LIGHT_THEME = frozenset({"background1", "light1"})
_DARK_HIGHLIGHT = frozenset({"black", "darkBlue", "darkCyan", "darkGreen", "darkMagenta", "darkRed", "darkGray", "blue", "red", "green", "magenta"})


def drop_hidden_runs(root) -> int:
    """Remove invisible runs from the part; return how many letters and digits they held."""
    hidden = []
    for rpr in root.iter(_RPR):
        run = rpr.getparent()
        if run is None or run.tag != _R:
            continue  # a paragraph mark's or a style's properties
        if _invisible(rpr, run):
            hidden.append(run)
    chars = 0
    for run in hidden:
        chars += sum(ch.isalnum() for t in run.iter(_T) for ch in (t.text or ""))
        parent = run.getparent()
        if parent is not None:
            parent.remove(run)
    return chars


def _invisible(rpr, run) -> bool:
    # One pass over the few property children: cheaper than three find() calls.
    white = False
    for child in rpr:
        tag = child.tag
        if tag == _VANISH:
            if child.get(_VAL, "1") not in _OFF:
                return True
        elif tag == _SZ:
            value = child.get(_VAL) or ""
            if value.isdigit() and int(value) < MIN_HALF_POINTS:
                return True
        elif tag == _COLOR:
            white = _white(child)
    return white and not _on_dark(rpr, run)


def _white(color) -> bool:
    if color.get(_THEME) in _LIGHT_THEME:
        return True
    value = (color.get(_VAL) or "").lower()
    if len(value) != 6 or value[0] not in "ef":
        return False  # near-white needs a red byte of at least EB: most colours stop here
    try:
        parts = [int(value[i : i + 2], 16) for i in (0, 2, 4)]
    except ValueError:
        return False
    return min(parts) >= _WHITE


def _dark_fill(props) -> bool:
    if props is None:
        return False
    shading = props.find(_SHD)
    if shading is not None:
        fill = (shading.get(_FILL) or "").lower()
        if len(fill) == 6:
            try:
                return max(int(fill[i : i + 2], 16) for i in (0, 2, 4)) <= _DARK
            except ValueError:
                return False
    highlight = props.find(_HIGHLIGHT)
    return highlight is not None and highlight.get(_VAL) in _DARK_HIGHLIGHT


def _on_dark(rpr, run) -> bool:
    """Dark shading on the run, its paragraph or an enclosing table cell."""
    if _dark_fill(rpr):
        return True
    for ancestor in run.iterancestors(W + "p", W + "tc"):
        props = ancestor.find(W + "pPr" if ancestor.tag == W + "p" else W + "tcPr")
        if _dark_fill(props):
            return True
    return False
