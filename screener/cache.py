"""A cache of read documents, keyed by file content and reader version.

Re-screening the same files with an edited rubric skips reading them again. Entries are
JSON files written atomically (temporary file, then rename); an entry that cannot be
loaded is ignored and rewritten. Documents hold résumé text, so the folder is private to
the user (mode 0700) and lives in the user's cache directory.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from screener.models import Document, Line

_FORMAT = 1


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("screener", appauthor=False))


class DocumentCache:
    def __init__(self, root: Path, reader_version: str) -> None:
        self.root = root
        self.reader_version = reader_version

    def _path(self, sha256: str) -> Path:
        return self.root / "documents" / sha256[:2] / f"{sha256}.r{self.reader_version}.json"

    def get(self, sha256: str, path: str) -> Document | None:
        try:
            raw = json.loads(self._path(sha256).read_bytes())
            if raw["format_version"] != _FORMAT or raw["sha256"] != sha256:
                return None
            lines = tuple(
                Line(text, page, number, frozenset(hints), column)
                for text, page, number, hints, column in raw["lines"]
            )
            return Document(path, sha256, raw["format"], raw["pages"], lines, tuple(raw["warnings"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or corrupt: read the file again and rewrite the entry

    def put(self, document: Document) -> None:
        target = self._path(document.sha256)
        entry = {
            "format_version": _FORMAT,
            "sha256": document.sha256,
            "format": document.format,
            "pages": document.pages,
            "warnings": list(document.warnings),
            "lines": [
                [line.text, line.page, line.number, sorted(line.hints), line.column]
                for line in document.lines
            ],
        }
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(self.root, 0o700)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(entry, out, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, target)
        except OSError:
            pass  # a cache that cannot be written only costs speed


def clear_cache(root: Path) -> int:
    """Delete every cached document; returns how many entries there were."""
    folder = root / "documents"
    count = sum(1 for _ in folder.rglob("*.json")) if folder.exists() else 0
    shutil.rmtree(folder, ignore_errors=True)
    return count
