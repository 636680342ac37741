"""Two caches in the user's cache directory: read documents (with facts), and whole outcomes.

Documents are keyed by file content and the reader's code; each entry also keeps the facts
last read from it, with the code and as-of date they depend on, so re-screening with an
edited rubric only evaluates again. Outcomes are keyed by file content, all of the tool's
code, the rubric and the as-of date, so running the same screen again costs little more
than hashing the files. Entries are written atomically (temporary file, then
rename); an entry that cannot be loaded is ignored and rewritten. All hold résumé content,
so the folder is private to the user (mode 0700). Entries are pickles this tool wrote
itself into that private folder; anything unreadable there is a miss.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import zlib
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from screener.models import Document, ResumeFacts, Rubric


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("screener", appauthor=False))


class PickleCache:
    """Pickled values by key; the caller makes the key from everything they depend on.

    Each entry starts with a CRC-32 of its payload, so a truncated or damaged entry is
    a miss here instead of an unpickling error later.
    """

    folder = "pickles"
    _MAGIC = b"screener-cache-2\n"
    # Damage, not tampering, is what the check is for: only this user can write the folder.

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / self.folder / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        """Whether an entry exists (it may still turn out damaged when read)."""
        return self._path(key).is_file()

    def get(self, key: str) -> bytes | None:
        try:
            raw = self._path(key).read_bytes()
        except OSError:
            return None
        head = len(self._MAGIC)
        digest, payload = raw[head : head + 4], raw[head + 4 :]
        if raw[:head] != self._MAGIC or zlib.crc32(payload).to_bytes(4, "big") != digest:
            return None
        return payload

    def put(self, key: str, blob: bytes) -> None:
        entry = self._MAGIC + zlib.crc32(blob).to_bytes(4, "big") + blob
        _write_atomically(self.root, self._path(key), entry)


class RubricCache(PickleCache):
    """Parsed rubrics by the digest of their bytes, the name they are shown by and our code.

    Every run reads its rubric, and checking one (YAML, the skill taxonomy for its skill
    names) costs more than a re-run's whole look-up of cached outcomes. Only rubrics that
    passed their checks are kept: a bad one is read and reported every time.
    """

    folder = "rubrics"

    def rubric(self, sha256: str, shown: str, load: Callable[[], Rubric]) -> Rubric:
        key = hashlib.sha256(f"{sha256}|{shown}|{source_fingerprint('.')}".encode()).hexdigest()
        blob = self.get(key)
        if blob is not None:
            with suppress(Exception):  # an entry from another build: read the rubric again
                rubric = pickle.loads(blob)
                if isinstance(rubric, Rubric) and rubric.sha256 == sha256:
                    return rubric
        rubric = load()
        self.put(key, pickle.dumps(rubric, protocol=pickle.HIGHEST_PROTOCOL))
        return rubric


class OutcomeCache(PickleCache):
    """Whole outcomes with their JSON records, for one file, rubric and as-of date."""

    folder = "outcomes"


@dataclass(frozen=True, slots=True)
class ReadEntry:
    """A read document and, if they were read too, its facts and what they depend on."""

    document: Document
    facts_key: str  # the code and as-of date the facts were read with; "" for none
    facts: ResumeFacts | None


class DocumentCache(PickleCache):
    """Read documents by file content and the reader's code, each with its latest facts.

    One entry per file: a rubric edit finds the facts (same code, same as-of date), a new
    as-of date or extraction code finds at least the document, and a cold run writes one
    entry here per file rather than two.
    """

    folder = "documents"

    def __init__(self, root: Path, reader_version: str) -> None:
        super().__init__(root)
        self.reader_version = reader_version

    def _key(self, sha256: str) -> str:
        return f"{sha256}.r{self.reader_version}"

    def load(self, sha256: str, path: str) -> ReadEntry | None:
        """The entry for this content, its document named `path`; None if missing or damaged."""
        blob = self.get(self._key(sha256))
        if blob is None:
            return None
        try:
            entry = pickle.loads(blob)
        except Exception:  # noqa: BLE001 - damaged or from another build: read the file again
            return None
        if not isinstance(entry, ReadEntry) or entry.document.sha256 != sha256:
            return None
        if entry.document.path != path:
            entry = replace(entry, document=replace(entry.document, path=path))
        return entry

    def store(self, entry: ReadEntry) -> None:
        blob = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
        self.put(self._key(entry.document.sha256), blob)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC


def _write_atomically(root: Path, target: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `target`, then rename it into place.

    The folders are made (and the root made private) only when the first write into
    them fails: a batch writes three entries per file, and creating and re-securing
    folders every time cost more than the writes on some file systems.
    """
    # One writer per process at a time, so the process id makes the temporary name unique.
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        try:
            fd = os.open(tmp, _NEW_FILE, 0o600)
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(root, 0o700)
            fd = os.open(tmp, _NEW_FILE, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except OSError:  # a cache that cannot be written only costs speed
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


@lru_cache(maxsize=None)
def source_fingerprint(part: str) -> str:
    """A digest of the package's own code and data under `part` ("." for all of it).

    Keys made from it change whenever the code that produced an entry changes, so a
    stale entry is never served and nobody has to remember to bump a version.
    """
    root = Path(__file__).resolve().parent
    base = (root / part).resolve()
    digest = hashlib.sha256()
    for file in sorted(base.rglob("*")):
        if file.suffix in {".py", ".yaml", ".json"} and "__pycache__" not in file.parts:
            digest.update(file.relative_to(root).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def clear_cache(root: Path) -> int:
    """Delete every cached document, outcome and rubric; returns how many entries there were."""
    count = 0
    for name in ("documents", "outcomes", "rubrics"):
        folder = root / name
        if folder.exists():
            count += sum(1 for _ in folder.rglob("*.pickle"))
            shutil.rmtree(folder, ignore_errors=True)
    return count
