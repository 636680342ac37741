"""One WordprocessingML part (body, header, footer, footnotes) -> lines, in document order.

Walks the XML itself because python-docx's `document.paragraphs` misses content controls
(Google Docs puts the whole body in one), text boxes, nested tables and tracked insertions.
Before the walk: `mc:Fallback` copies are dropped (each text box would otherwise count
twice), deleted and moved-from text is dropped, invisible runs are dropped and counted
(docx_hidden), and text boxes are detached and read right after the paragraph that
anchors them.

Table rows: when every cell but the last holds at most one paragraph, the row's cells are
joined with " | " into one line (with the last cell's first paragraph), so a row such as
"2019 – 2021 | Senior Engineer, Acme" keeps a date on the line of its title; the last
cell's other paragraphs follow as lines. Rows with richer cells (layout tables: a sidebar
cell beside a main cell) are read cell by cell, each paragraph its own line.
"""

from __future__ import annotations

from dataclasses import dataclass

from screener.readers.docx_hidden import drop_hidden_runs
from screener.readers.normalise import link_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (W + t for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_TXBX = W + "txbxContent"
_T, _TAB, _BR, _CR, _NBH = (W + t for t in ("t", "tab", "br", "cr", "noBreakHyphen"))
_PPR, _PSTYLE, _NUMPR, _NUMID, _VAL = W + "pPr", W + "pStyle", W + "numPr", W + "numId", W + "val"
_CONTAINERS = frozenset(
    [W + t for t in ("customXml", "ins", "moveTo", "smartTag", "body", "txbxContent")]
    + [MC + "AlternateContent", MC + "Choice"]  # block-level; the Fallback copy is gone by then
)
_DROP = (MC + "Fallback", W + "del", W + "moveFrom")
_PTAB = W + "ptab"  # a positional tab (right-aligned dates in headers and footers)
_TEXT_TAGS = (_T, _TAB, _PTAB, _BR, _CR, _NBH)
_TABS = W + "tabs"
# What a tab, break or non-breaking hyphen inside a run stands for (see _other_text).
_RUN_CHARS = {_TAB: "\t", _PTAB: "\t", _NBH: "-", _BR: "\n", _CR: "\n"}
_NONE: frozenset[str] = frozenset()
_BOLD_HINT = frozenset({"bold"})
_PLAIN = (False, False)
# style_hints' (heading, list) answer as hints.
_STYLE_HINTS = {
    (False, False): _NONE,
    (True, False): frozenset({"heading"}),
    (False, True): frozenset({"list"}),
    (True, True): frozenset({"heading", "list"}),
}
_SHORT = 80  # characters: only short paragraphs (names, headings, titles) get "bold"
_R, _RPR, _B = W + "r", W + "rPr", W + "b"
_RUN_OR_TEXT = frozenset((_R, *_TEXT_TAGS))
_OFF = frozenset({"0", "false", "off"})
_HYPERLINK = W + "hyperlink"
_RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class Styles:
    """Which paragraph style ids mean a heading or a list; this one, for a part without a
    style sheet, knows none (docx.StyleSheet reads styles.xml)."""

    def kind(self, sid: str | None) -> tuple[bool, bool]:
        """Whether paragraphs of this style are headings, and whether list items."""
        return _PLAIN


@dataclass(slots=True)
class RawLine:
    text: str  # not yet normalised; may hold "\n" for line breaks
    hints: frozenset[str]


def part_lines(
    root, styles: Styles, base_hints: frozenset[str] = frozenset(), links: dict[str, str] | None = None
) -> tuple[list[RawLine], int]:
    """The lines of one parsed part in reading order, and how many hidden letters were dropped.

    `links` maps relationship ids to URLs.
    """
    for tag in _DROP:
        for element in list(root.iter(tag)):
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
    hidden = drop_hidden_runs(root)  # after the drop: a Fallback copy must not count twice
    if links:
        _show_link_targets(root, links)
    boxes: dict[object, list] = {}
    for box in list(root.iter(_TXBX)):
        host = next(box.iterancestors(_P), None)
        boxes.setdefault(host, []).append(box)
    for found in boxes.values():
        for box in found:
            parent = box.getparent()
            if parent is not None:
                parent.remove(box)
    out: list[RawLine] = []
    walker = _Walker(styles, boxes, out)
    walker.blocks(root, base_hints)
    for box in boxes.get(None, ()):
        walker.blocks(box, base_hints | {"textbox"})
    return out, hidden


class _Walker:
    def __init__(self, styles: Styles, boxes: dict, out: list[RawLine]) -> None:
        self.styles = styles
        self.boxes = boxes
        self.out = out
        self.hint_sets: dict[tuple[frozenset[str], tuple[bool, bool], bool], frozenset[str]] = {}

    def blocks(self, parent, hints: frozenset[str], depth: int = 0) -> None:
        if depth > 40:  # deeper than any real document; stop rather than recurse forever
            return
        for child in parent:
            tag = child.tag
            if tag == _P:
                self.paragraph(child, hints)
            elif tag == _TBL:
                self.table(child, hints | {"table"}, depth + 1)
            elif tag == _SDT:
                content = _first_child(child, _SDT_CONTENT)
                if content is not None:
                    self.blocks(content, hints, depth + 1)
            elif tag in _CONTAINERS:
                self.blocks(child, hints, depth + 1)

    def paragraph(self, p, hints: frozenset[str]) -> None:
        text, bold = _text_and_boldness(p)
        if text and not text.isspace():  # text.strip() is not empty
            key = (hints, self.style_hints(p), bold and len(text) <= _SHORT)
            found = self.hint_sets.get(key)
            if found is None:  # a few distinct combinations per document: share one set each
                found = self.hint_sets[key] = hints | _STYLE_HINTS[key[1]] | (_BOLD_HINT if key[2] else _NONE)
            self.out.append(RawLine(text, found))
        if self.boxes:  # most documents have no text boxes
            for box in self.boxes.get(p, ()):
                self.blocks(box, hints | {"textbox"})

    def style_hints(self, p) -> tuple[bool, bool]:
        """Whether the paragraph's style or numbering makes it a heading, and a list item."""
        ppr = p[0] if len(p) and p[0].tag == _PPR else None  # pPr, when present, comes first
        if ppr is None:
            return _PLAIN
        heading = listed = False
        for child in ppr:  # one pass over a few children: cheaper than find() calls
            if child.tag == _PSTYLE:
                style_heading, style_listed = self.styles.kind(child.get(_VAL))
                heading = heading or style_heading
                listed = listed or style_listed
            elif child.tag == _NUMPR:
                num = _first_child(child, _NUMID)
                if num is None or num.get(_VAL) != "0":
                    listed = True
        return heading, listed

    def table(self, tbl, hints: frozenset[str], depth: int) -> None:
        if depth > 40:
            return
        for row in tbl.iter(_TR):
            if _owner_table(row) is not tbl:
                continue  # a nested table's row: read when its cell is read
            cells = [tc for tc in row.iter(_TC) if next(tc.iterancestors(_TR), None) is row]
            if not cells:
                continue
            if self._simple(cells[:-1]):
                self._joined_row(cells, hints, depth)
            else:
                for cell in cells:
                    self.blocks(cell, hints, depth + 1)

    @staticmethod
    def _simple(cells) -> bool:
        for cell in cells:
            if cell.find(".//" + _TBL) is not None or sum(1 for _ in cell.iter(_P)) > 1:
                return False
        return True

    def _joined_row(self, cells, hints: frozenset[str], depth: int) -> None:
        firsts = [paragraph_text(p).strip() for c in cells[:-1] for p in c.iter(_P)]
        start = len(self.out)
        self.blocks(cells[-1], hints, depth + 1)
        tail = self.out[start:]
        del self.out[start:]
        head = [t for t in firsts if t]
        if tail and "\n" not in tail[0].text:
            head.append(tail[0].text.strip())
            row_hints = tail[0].hints
            tail = tail[1:]
        else:
            row_hints = hints
        if head:
            self.out.append(RawLine(" | ".join(head), row_hints))
        self.out.extend(tail)


def _show_link_targets(root, links: dict[str, str]) -> None:
    """Append a hyperlink's address after its text when the text does not show it.

    Contact lines often read "Email | LinkedIn" with the addresses only in the links; the
    address is what a recruiter needs, so it becomes text: "Email (ada@example.org)".
    Only mail and profile links count (normalise.link_text).
    """
    from lxml import etree

    for link in root.iter(_HYPERLINK):
        shown = link_text(links.get(link.get(_RID) or "", ""))
        if not shown:
            continue
        visible = "".join(t.text or "" for t in link.iter(_T)).replace(" ", "").lower()
        bare = shown.lower().removeprefix("https://").removeprefix("http://").removeprefix("www.")
        if not shown or bare.rstrip("/") in visible:
            continue
        run = etree.SubElement(link, W + "r")
        etree.SubElement(run, _T).text = f" ({shown})"


def _text_and_boldness(p) -> tuple[str, bool]:
    """`paragraph_text`, and whether every run holding text is bold, in one walk.

    Bold means direct formatting, w:b on the run. A paragraph with no text is not bold.
    """
    flat = _flat_text_and_boldness(p)
    return flat if flat is not None else _nested_text_and_boldness(p)


def _flat_text_and_boldness(p) -> tuple[str, bool] | None:
    """`_text_and_boldness` for the common shape, or None for any other.

    The common shape: the paragraph holds only its properties, runs and empty markers
    (bookmarks, proofing marks); each run only its properties, text, tabs, breaks and empty
    markers. Walking those children directly costs a third of a descendant search; anything
    else (hyperlinks, insertions, fields, drawings) goes the general way.
    """
    parts: list[str] = []
    all_bold = seen = False
    for child in p:
        tag = child.tag
        if tag == _R:
            run_bold = False
            for el in child:
                tag = el.tag
                if tag == _T:
                    if len(el):
                        return None
                    text = el.text
                    if text:
                        parts.append(text)
                        if not text.isspace():
                            all_bold = run_bold and (all_bold or not seen)
                            seen = True
                elif tag == _RPR:
                    # Properties come first; any elsewhere, or holding text: the general way.
                    if el.getprevious() is not None or _holds_text(el):
                        return None
                    flag = _first_child(el, _B)
                    run_bold = flag is not None and flag.get(_VAL, "1") not in _OFF
                elif tag in _RUN_CHARS:
                    if len(el):
                        return None
                    parts.append(_RUN_CHARS[tag])
                elif len(el):
                    return None
        elif tag == _PPR:
            if _holds_text(child):
                return None
        elif len(child) or tag in _TEXT_TAGS:
            return None
    return "".join(parts), all_bold


def _first_child(element, tag: str):
    """element.find(tag): the first child with that tag, or None.

    A loop over the few children of a run or its properties costs less than find()'s
    ElementPath or iterchildren(tag)'s tag lookup in the document's dictionary.
    """
    for child in element:
        if child.tag == tag:
            return child
    return None


def _holds_text(element) -> bool:
    """Whether the element holds a run or an element standing for text, tab stops aside.

    Properties hold a few leaf elements: visiting them in Python is cheaper than setting
    up lxml's seven-tag search (which looks each name up in the document's dictionary).
    """
    for el in element.iterdescendants():
        tag = el.tag
        if tag in _RUN_OR_TEXT and (tag != _TAB or el.getparent().tag != _TABS):
            return True
    return False


def _nested_text_and_boldness(p) -> tuple[str, bool]:
    """`_text_and_boldness` for any shape: every run and text element below the paragraph."""
    parts: list[str] = []
    run_bold = False
    all_bold = seen = False
    run = None  # the last run, kept so getparent() below finds its proxy instead of making one
    for el in p.iter(_R, *_TEXT_TAGS):
        tag = el.tag
        if tag == _R:
            run = el
            props = _first_child(el, _RPR)
            flag = _first_child(props, _B) if props is not None else None
            run_bold = flag is not None and flag.get(_VAL, "1") not in _OFF
        elif tag == _T:
            text = el.text
            if text:
                parts.append(text)
                if not text.isspace() and ((parent := el.getparent()) is run or parent.tag == _R):
                    all_bold = run_bold and (all_bold or not seen)
                    seen = True
        else:
            parts.append(_other_text(el, tag))
    return "".join(parts), all_bold


def _other_text(el, tag: str) -> str:
    """What a tab, break or non-breaking hyphen element stands for in the text."""
    if tag == _TAB:
        parent = el.getparent()
        return "" if parent is not None and parent.tag == _TABS else "\t"  # a tab-stop definition
    if tag == _PTAB:
        return "\t"
    if tag == _NBH:
        return "-"
    return "\n"


def _owner_table(row):
    return next(row.iterancestors(_TBL), None)


def paragraph_text(p) -> str:
    return "".join(
        (el.text or "") if el.tag == _T else _other_text(el, el.tag) for el in p.iter(_TEXT_TAGS)
    )
