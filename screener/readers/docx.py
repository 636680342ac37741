"""DOCX bytes -> Document: the zip checked for bombs, then each part's XML walked in order.

Reads the zip directly (not through python-docx, which loads every part, pictures
included) and only the parts that hold text: headers first (contact details often live
there), the body, footnotes and endnotes, then footers. XML is parsed with entity resolution, DTDs and
network access off, and a part that declares a DOCTYPE is refused: Word never writes one,
so it can only be an XXE or billion-laughs attempt. Invisible runs are dropped and counted
(docx_hidden). A DOCX has no fixed pages: every line is on page 1, numbered from 1.
"""

from __future__ import annotations

import posixpath
import re
import threading
from typing import TYPE_CHECKING

from screener.errors import Corrupt, NoText, TooLarge
from screener.models import Document, Line
from screener.readers.docx_body import W, RawLine, Styles, part_lines
from screener.readers.normalise import BULLETS, clean_block, clean_line, join_hyphenated, split_bullet

if TYPE_CHECKING:
    from zipfile import ZipFile

INFLATE_FACTOR = 10  # the zip may expand to this many times the input size cap
MAX_PART_BYTES = 64 * 1024 * 1024
MIN_TEXT_CHARS = 40
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_HEADING_NAME = re.compile(r"^(heading \d|title|subtitle)$", re.IGNORECASE)
_LIST_NAME = re.compile(r"\blist\b", re.IGNORECASE)
_LINK_SCHEMES = ("mailto:", "http://", "https://")
_PARTS = ("header", "footer", "footnotes", "endnotes")
_STRICT = (
    (
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
)
_STYLE, _TYPE, _STYLE_ID, _VAL = W + "style", W + "type", W + "styleId", W + "val"
_NAME, _BASED_ON, _PPR, _OUTLINE, _NUMPR = (W + t for t in ("name", "basedOn", "pPr", "outlineLvl", "numPr"))
_STYLE_PARTS = frozenset({_NAME, _BASED_ON, _PPR})
_PPR_PARTS = frozenset({_OUTLINE, _NUMPR})
_SEPARATOR_NOTES = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def read_docx(
    data: bytes, *, path: str, sha256: str, max_bytes: int, archive: ZipFile | None = None
) -> Document:
    """`archive` is `data` already opened as a zip (sniffing opens it), checked here all the same."""
    from screener.readers.guard import check_zip

    archive = check_zip(data, INFLATE_FACTOR * max_bytes, archive)
    parts: list[tuple[list[RawLine], int]] = []
    with archive:
        body = _parse(archive, "word/document.xml")
        if body is None:
            raise Corrupt(detail="MissingDocumentPart")
        rels, links = _relations(archive, "word/document.xml")
        styles_root = _parse(archive, "word/styles.xml")
        styles = StyleSheet(styles_root) if styles_root is not None else Styles()
        for target in rels.get("header", ()):
            parts.append(_part(archive, target, styles, "header"))
        parts.append(part_lines(body, styles, links=links))
        for kind in ("footnotes", "endnotes"):
            for target in rels.get(kind, ()):
                parts.append(_notes(archive, target, styles, kind[:-1]))
        for target in rels.get("footer", ()):
            parts.append(_part(archive, target, styles, "footer"))
    raw = [line for lines, _hidden in parts for line in lines]
    hidden = sum(count for _lines, count in parts)
    lines = _to_lines(_dedupe_furniture(raw))
    if not _enough_text(lines):
        raise NoText()
    warnings = (f"{hidden} hidden characters ignored",) if hidden else ()
    return Document(path, sha256, "docx", 1, tuple(lines), warnings)


_LOCAL = threading.local()


def _enough_text(lines: list[Line]) -> bool:
    """At least MIN_TEXT_CHARS characters besides spaces; stops counting once there."""
    count = 0
    for line in lines:
        count += len(line.text) - line.text.count(" ")
        if count >= MIN_TEXT_CHARS:
            return True
    return False


def _parser():
    """One hardened parser per thread (lxml parsers are not thread-safe), made once."""
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = _new_parser()
    return parser


def _new_parser():
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )


def _parse(archive, name: str):
    from lxml import etree

    from screener.readers.guard import read_member

    blob = read_member(archive, name, MAX_PART_BYTES)
    if blob is None:
        return None
    if b"<!DOCTYPE" in blob or b"<!ENTITY" in blob:
        raise Corrupt(detail="XMLDoctype")
    if b"purl.oclc.org/ooxml/" in blob[:4096]:
        # Strict Open XML (Word's "Strict" save option): same vocabulary, other namespaces.
        for strict, transitional in _STRICT:
            blob = blob.replace(strict, transitional)
    try:
        return etree.fromstring(blob, _parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise Corrupt(detail=type(exc).__name__) from None
    except MemoryError as exc:
        raise TooLarge(detail=type(exc).__name__) from None


def _relations(archive, part: str) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Header, footer and footnote part names in order, and web/mail link targets by id."""
    folder, name = posixpath.split(part)
    root = _parse(archive, f"{folder}/_rels/{name}.rels")
    found: dict[str, list[str]] = {}
    links: dict[str, str] = {}
    if root is None:
        return found, links
    for rel in root.iter(_REL):
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if kind == "hyperlink":
            if target.lower().startswith(_LINK_SCHEMES) and len(target) <= 300:
                links[rel.get("Id") or ""] = target
        elif kind in _PARTS and rel.get("TargetMode") != "External":
            if target.startswith("/"):
                path = target.lstrip("/")
            else:
                path = posixpath.normpath(posixpath.join(folder, target))
            if path not in found.get(kind, []):
                found.setdefault(kind, []).append(path)
    for names in found.values():
        names.sort()
    return found, links


def _part(archive, name: str, styles: Styles, hint: str) -> tuple[list[RawLine], int]:
    root = _parse(archive, name)
    if root is None:
        return [], 0
    _, links = _relations(archive, name)
    return part_lines(root, styles, frozenset({hint}), links)


def _notes(archive, name: str, styles: Styles, kind: str) -> tuple[list[RawLine], int]:
    """Footnote or endnote text, without Word's separator notes."""
    root = _parse(archive, name)
    if root is None:
        return [], 0
    out: list[RawLine] = []
    hidden = 0
    for note in root.findall(W + kind):
        if note.get(W + "type") not in _SEPARATOR_NOTES:
            lines, count = part_lines(note, styles, frozenset({kind}))
            out += lines
            hidden += count
    return out, hidden


class StyleSheet(Styles):
    """The paragraph styles of styles.xml, each judged only when a paragraph uses it.

    Word writes a hundred styles or more into every file and a résumé uses a handful, so
    judging them all up front cost more than the rest of the reading of a short file.
    """

    def __init__(self, root) -> None:
        self._elements: dict[str, object] = {}  # a later definition of an id wins
        for style in root.iter(_STYLE):
            if style.get(_TYPE) == "paragraph":
                self._elements[style.get(_STYLE_ID) or ""] = style
        self._own: dict[str, tuple[str | None, bool, bool]] = {}
        self._kinds: dict[str | None, tuple[bool, bool]] = {}

    def kind(self, sid: str | None) -> tuple[bool, bool]:
        """A heading or a list when the style or one it is based on (20 steps at most) is."""
        found = self._kinds.get(sid)
        if found is None:
            heading = listed = False
            current, steps = sid, 0
            while current in self._elements and steps < 20:
                parent, own_heading, own_listed = self._describe(current)
                heading = heading or own_heading
                listed = listed or own_listed
                current, steps = parent, steps + 1
            found = self._kinds[sid] = (heading, listed)
        return found

    def _describe(self, sid: str) -> tuple[str | None, bool, bool]:
        """The style it is based on, and whether its own name or properties make a heading or a list."""
        own = self._own.get(sid)
        if own is None:
            first = _first_children(self._elements[sid], _STYLE_PARTS)
            name_el, based_el, ppr = first.get(_NAME), first.get(_BASED_ON), first.get(_PPR)
            name = name_el.get(_VAL, "") if name_el is not None else ""
            numbered = outline = False
            if ppr is not None:
                props = _first_children(ppr, _PPR_PARTS)
                level = props.get(_OUTLINE)
                outline = level is not None and level.get(_VAL) != "9"
                numbered = _NUMPR in props
            heading = bool(_HEADING_NAME.match(name)) or outline
            listed = numbered or bool(_LIST_NAME.search(name))
            own = self._own[sid] = (based_el.get(_VAL) if based_el is not None else None, heading, listed)
        return own


def _first_children(element, tags: frozenset[str]) -> dict[str, object]:
    """The first child with each of `tags`, as find() would give it, in one pass over the children."""
    first: dict[str, object] = {}
    for child in element:
        tag = child.tag
        if tag in tags and tag not in first:
            first[tag] = child
    return first


def _dedupe_furniture(raw: list[RawLine]) -> list[RawLine]:
    """Drop repeated header/footer lines (first-page and default headers often match)."""
    seen: set[str] = set()
    out = []
    for line in raw:
        if "header" in line.hints or "footer" in line.hints:
            key = line.text.strip()
            if key in seen:
                continue
            seen.add(key)
        out.append(line)
    return out


def _to_lines(raw: list[RawLine]) -> list[Line]:
    lines: list[Line] = []
    as_list: dict[frozenset[str], frozenset[str]] = {}  # hints -> hints with "list", shared
    for item in raw:
        texts = clean_block(item.text).splitlines()
        if len(texts) == 1:  # most paragraphs: one line, nothing to join
            texts = [clean_line(texts[0])]
        else:
            texts = join_hyphenated([t for t in map(clean_line, texts) if t])
        for text in texts:
            if not text:
                continue
            hints = item.hints
            if text[0] in BULLETS:  # split_bullet's own first test, without the call
                text, bullet = split_bullet(text)
                if not text:
                    continue
                if bullet:
                    hints = as_list.get(hints) or as_list.setdefault(hints, hints | {"list"})
            lines.append(Line(text, 1, len(lines) + 1, hints))
    return lines
