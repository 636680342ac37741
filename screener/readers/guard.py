"""Cheap checks on raw bytes before a library parses them: compression bombs in PDFs and DOCX zips.

PDFium inflates whatever a PDF asks for (a 1 GiB Flate bomb costs it 2 GB of memory), and
python-docx/zipfile read whole members. These checks reject such files with TooLarge before
any parser sees them. They are a first line only: the pipeline's worker processes also run
under a memory and a wall-clock limit, which contain what these checks cannot see (nested
filters, LZW, a million small drawing operators).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

from screener.errors import Corrupt, TooLarge

# A stream's first output chunk: how much we inflate to measure its compression ratio.
_PROBE = 4 * 1024
# Ratios above this are unusual for text, fonts and photos (flat images reach it); such
# streams are inflated in full, within the document's budget.
_SUSPECT_RATIO = 100
_SMALL_STREAM = 2048
_MAX_FLATE_RATIO = 1032  # Deflate cannot expand more than this (one filter)
_FLATE = re.compile(rb"/Fl(?:ateDecode)?\b")

MAX_ZIP_MEMBERS = 2000
MAX_ZIP_RATIO = 200  # per member, for members that expand past 1 MiB


def check_pdf_streams(data: bytes, budget: int) -> None:
    """Raise TooLarge when the Flate streams of a PDF would inflate past `budget` bytes."""
    if len(data) * _MAX_FLATE_RATIO <= budget:
        return  # even all of it inflated at Deflate's best ratio stays within the budget
    spent = 0
    find = data.find
    pos = find(b"stream")
    while pos >= 0:
        after = pos + 6
        if data[pos - 3 : pos] == b"end" or data[after : after + 1] not in (b"\r", b"\n"):
            pos = find(b"stream", after)
            continue
        start = after + (2 if data[after : after + 2] == b"\r\n" else 1)
        end = find(b"endstream", start)
        if end < 0:
            end = len(data)
        head = data[max(0, pos - 300) : pos]
        cut = head.rfind(b"<<")
        head = head[cut:] if cut >= 0 else head
        # Images are never decoded to extract text, so a bomb there cannot go off.
        if end - start >= _SMALL_STREAM and _FLATE.search(head) and b"/Image" not in head:
            spent += _inflated_size(data, start, end, budget - spent)
            if spent > budget:
                raise TooLarge(detail="FlateBomb")
        pos = find(b"stream", end + 9)


def _inflated_size(data: bytes, start: int, end: int, allowance: int) -> int:
    """Bytes the stream inflates to, inflating in full only when its ratio is suspect."""
    inflater = zlib.decompressobj()
    chunk = memoryview(data)[start:end]
    try:
        out = len(inflater.decompress(chunk, _PROBE))
        used = len(chunk) - len(inflater.unconsumed_tail)
        if out < _PROBE or out <= _SUSPECT_RATIO * max(used, 1):
            # Short, or expands like ordinary content: charge the probe plus a typical 4x.
            return out + 4 * len(inflater.unconsumed_tail)
        while inflater.unconsumed_tail and out <= allowance:
            out += len(inflater.decompress(inflater.unconsumed_tail, 1 << 20))
        return out
    except zlib.error:
        return 0  # a broken stream is PDFium's problem to report, not a bomb


def check_zip(data: bytes, budget: int, archive: zipfile.ZipFile | None = None) -> zipfile.ZipFile:
    """Open a DOCX zip after checking member count, declared sizes and ratios.

    `archive` is the same bytes already opened (sniffing opens it): reading the central
    directory again would cost as much as the checks.
    """
    if archive is None:
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except Exception as exc:  # noqa: BLE001 - zipfile raises many types (NotImplementedError too)
            raise Corrupt(detail=type(exc).__name__) from None
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise TooLarge(detail="ZipMembers")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > (1 << 20) and info.file_size > MAX_ZIP_RATIO * max(
            info.compress_size, 1
        ):
            raise TooLarge(detail="ZipBomb")
    if total > budget:
        raise TooLarge(detail="ZipSize")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes | None:
    """A zip member's bytes, reading at most `limit` (declared sizes can lie)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    blob = _read_plain_member(archive, info, limit)
    if blob is not None:
        return blob
    try:
        with archive.open(name) as handle:
            blob = handle.read(limit + 1)
    except KeyError:
        return None
    except Exception as exc:  # noqa: BLE001 - damaged or encrypted members, bad methods
        raise Corrupt(detail=type(exc).__name__) from None
    if len(blob) > limit:
        raise TooLarge(detail="ZipMemberSize")
    return blob


_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # zipfile's structFileHeader
_LOCAL_MAGIC = b"PK\x03\x04"
_UNUSUAL_FLAGS = 0x01 | 0x20 | 0x40  # encrypted, patched data, strong encryption
_UTF8_NAME = 0x800


def _read_plain_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """An ordinary member's bytes read directly, or None to let zipfile read it.

    zipfile's reader costs as much in Python set-up as inflating a small part. Ordinary
    means: stored or deflated, not encrypted, a local header that agrees with the
    directory, and content whose length and CRC match the directory within `limit`.
    Anything else (including every damaged or hostile member) goes through zipfile, whose
    errors say what is wrong; what this returns is exactly what zipfile would have read.
    """
    if info.flag_bits & _UNUSUAL_FLAGS or info.compress_type not in (0, 8) or info.file_size > limit:
        return None
    try:
        handle = archive.fp
        if handle is None:
            return None
        handle.seek(info.header_offset)
        header = handle.read(_LOCAL_HEADER.size)
        fields = _LOCAL_HEADER.unpack(header)
        if fields[0] != _LOCAL_MAGIC:
            return None
        name = handle.read(fields[10]).decode("utf-8" if fields[3] & _UTF8_NAME else "cp437")
        if name != info.orig_filename:
            return None
        handle.seek(fields[11], io.SEEK_CUR)
        packed = handle.read(info.compress_size)
        if info.compress_type == 8:
            blob = zlib.decompressobj(-15).decompress(packed, info.file_size + 1)
        else:
            blob = packed[: info.file_size + 1]
    except Exception:  # noqa: BLE001 - a header too short, a bad name or stream: zipfile decides
        return None
    if len(blob) != info.file_size or zlib.crc32(blob) != info.CRC:
        return None
    return blob
