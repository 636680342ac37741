"""Render a benchmark résumé as DOCX by writing WordprocessingML into a zip directly.

python-docx loads a 900 kB template on every new document (about 40 ms); the parts here
are small strings, so a file takes about a millisecond. The result uses real Word styles
(Title, Heading 1, List Bullet with numbering), borderless layout tables and page headers,
and python-docx reads it.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from resume_model import Resume

ZIP_TIME = (2026, 1, 15, 9, 0, 0)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

PKG = "application/vnd.openxmlformats-package."
CONTENT_TYPES = (
    HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    f'<Default Extension="rels" ContentType="{PKG}relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{CT}document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{CT}styles+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{CT}numbering+xml"/>'
    f'<Override PartName="/word/header1.xml" ContentType="{CT}header+xml"/>'
    f'<Override PartName="/docProps/core.xml" ContentType="{PKG}core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
DOC_RELS = (
    HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}header" Target="header1.xml"/>'
    "</Relationships>"
)


def _style(sid: str, name: str, ppr: str = "", rpr: str = "", based: str = "Normal") -> str:
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="{based}"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr>'
            "</w:style>")


STYLES = (
    HEAD + f"<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="21"/>'
    "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"60\"/></w:pPr>"
    "</w:pPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "<w:qFormat/></w:style>"
    + _style("Title", "Title", rpr='<w:b/><w:sz w:val="40"/>')
    + _style("Heading1", "heading 1",
             '<w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="0"/>',
             '<w:b/><w:color w:val="1F3864"/><w:sz w:val="26"/>')
    + _style("ListBullet", "List Bullet", '<w:numPr><w:numId w:val="1"/></w:numPr>'
             '<w:ind w:left="360" w:hanging="360"/>')
    + _style("Header", "header")
    + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    "</w:styles>"
)
NUMBERING = (
    HEAD + f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
    '<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)
APP = (HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
       'extended-properties"><Application>screener bench</Application></Properties>')
EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")
NIL = "".join(f'<w:{e} w:val="nil"/>' for e in EDGES)


def _core(title: str) -> str:
    stamp = '<dcterms:{0} xsi:type="dcterms:W3CDTF">2026-01-15T09:00:00Z</dcterms:{0}>'
    return (HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>screener bench</dc:creator>"
            + stamp.format("created") + stamp.format("modified") + "</cp:coreProperties>")


def _p(text: str = "", style: str | None = None, bold: bool = False, tab: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    run = f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    if tab:
        run += f'<w:r><w:tab/><w:t xml:space="preserve">{escape(tab)}</w:t></w:r>'
    return f"<w:p>{ppr}{run}</w:p>"


def _row(left: list[str], right: list[str]) -> str:
    cell = '<w:tc><w:tcPr><w:tcW w:w="{}" w:type="dxa"/></w:tcPr>{}</w:tc>'
    return f"<w:tr>{cell.format(2300, ''.join(left))}{cell.format(7700, ''.join(right))}</w:tr>"


def _table(rows: list[str]) -> str:
    return (f'<w:tbl><w:tblPr><w:tblW w:w="10000" w:type="dxa"/><w:tblBorders>{NIL}'
            '</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="2300"/>'
            f'<w:gridCol w:w="7700"/></w:tblGrid>{"".join(rows)}</w:tbl>')


def _body(r: Resume) -> list[str]:
    out: list[str] = []

    def heading(k: int) -> str:
        # Many résumés never use Word's heading styles: bold capitals in Normal instead.
        return _p(r.headings[k].upper(), bold=True) if r.caps else _p(r.headings[k], "Heading1")

    if r.layout != "header":
        out.append(_p(r.name, "Title"))
        out.append(_p(" · ".join((r.email, r.phone, r.location, *r.links))))
    out += [heading(0), _p(r.summary), heading(1)]
    if r.layout == "table":
        rows = [_row([_p(role.dates), _p(role.place)],
                     [_p(role.title, bold=True), _p(role.org)]
                     + [_p(b, "ListBullet") for b in role.bullets]) for role in r.roles]
        out.append(_table(rows))
    else:
        for role in r.roles:
            out.append(_p(f"{role.title}, {role.org}", bold=True, tab=role.dates))
            out += [_p(b, "ListBullet") for b in role.bullets]
    out.append(heading(2))
    out += [_p(line) for line in r.education]
    out.append(heading(3))
    out += [_p(f"{group}: {items}") for group, items in r.skills]
    if r.projects:
        out.append(heading(4))
        out += [_p(p, "ListBullet") for p in r.projects]
    if r.talks:
        out.append(heading(5))
        out += [_p(t, "ListBullet") for t in r.talks]
    return out


def render_docx(r: Resume) -> bytes:
    head_ref = '<w:headerReference w:type="default" r:id="rId3"/>' if r.layout == "header" else ""
    sect = (f'<w:sectPr>{head_ref}<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1000" '
            'w:right="1080" w:bottom="1000" w:left="1080" w:header="600" w:footer="600" '
            'w:gutter="0"/></w:sectPr>')
    document = f"{HEAD}<w:document {W} {R}><w:body>{''.join(_body(r))}{sect}</w:body></w:document>"
    header = (f"{HEAD}<w:hdr {W} {R}>{_p(r.name, 'Header', bold=True)}"
              f"{_p(' | '.join((r.email, r.phone, r.location)), 'Header')}</w:hdr>")
    parts = (
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
        ("docProps/core.xml", _core(f"{r.name} – Résumé")), ("docProps/app.xml", APP),
        ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", document),
        ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING),
        ("word/header1.xml", header),
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()
