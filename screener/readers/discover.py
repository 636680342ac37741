"""Paths the user named -> the résumé files to read, in a stable order.

Folders are walked recursively. Inside them only .pdf, .docx and .doc files are taken (.doc
so a legacy Word file is reported as unsupported, with advice, rather than silently
missing); hidden files and folders (".name"), Office lock files ("~$name") and other
extensions are skipped and counted. A file named explicitly is always taken, whatever its
extension: the reader sniffs the format from the bytes. Symlinked folders are followed once
each (a loop is cut where it closes). The result is sorted and free of duplicates.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ACCEPTED_SUFFIXES: frozenset[str] = frozenset({".pdf", ".docx", ".doc"})


@dataclass(frozen=True, slots=True)
class Discovery:
    files: tuple[Path, ...]
    skipped: int  # hidden entries and files with other extensions inside folders
    missing: tuple[Path, ...] = ()  # named paths that do not exist


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")


def discover(paths: Sequence[Path]) -> Discovery:
    """The files to read under `paths`; see the module docstring for the rules."""
    found: set[Path] = set()
    missing: list[Path] = []
    skipped = 0
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        path = Path(path)
        if path.is_file():
            found.add(path)
        elif path.is_dir():
            skipped += _walk(path, found, seen_dirs)
        else:
            missing.append(path)
    return Discovery(tuple(sorted(found)), skipped, tuple(missing))


def _walk(root: Path, found: set[Path], seen_dirs: set[tuple[int, int]]) -> int:
    skipped = 0
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
            key = (info.st_dev, info.st_ino)
            if key in seen_dirs:
                continue  # a symlink loop or a folder reached twice
            seen_dirs.add(key)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        folders = []
        for entry in entries:
            if _hidden(entry.name):
                skipped += 1
                continue
            try:
                if entry.is_dir():  # follows symlinks; seen_dirs stops loops
                    folders.append(Path(entry.path))
                elif entry.is_file():
                    if Path(entry.name).suffix.lower() in ACCEPTED_SUFFIXES:
                        found.add(Path(entry.path))
                    else:
                        skipped += 1
            except OSError:
                skipped += 1
        # Depth first in name order, so which path reaches a folder twice linked is stable.
        stack.extend(reversed(folders))
    return skipped
