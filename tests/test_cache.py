"""The caches: round trip, reader version in the key, damaged entries ignored, privacy."""

from __future__ import annotations

from pathlib import Path

from screener.cache import DocumentCache, ReadEntry, clear_cache
from screener.models import Document, Line
from tests.factories import facts

SHA = "ab" * 32


def _document(path: str = "a.pdf") -> Document:
    lines = (
        Line("Jane Example", 1, 1, frozenset({"heading"}), 0),
        Line("Senior Engineer — 2019 – Present", 1, 2, frozenset(), 2),
    )
    return Document(path, SHA, "pdf", 1, lines, ("3 hidden characters ignored",))


def _entry(path: str = "a.pdf") -> ReadEntry:
    return ReadEntry(_document(path), "code+date", facts(name="Jane Example"))


def test_round_trip_keeps_every_field_and_uses_the_new_path(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path, "1")
    cache.store(_entry("old/name.pdf"))
    got = cache.load(SHA, "new/name.pdf")
    assert got == _entry("new/name.pdf")


def test_another_reader_version_misses(tmp_path: Path) -> None:
    DocumentCache(tmp_path, "1").store(_entry())
    assert DocumentCache(tmp_path, "2").load(SHA, "a.pdf") is None


def test_a_corrupt_entry_is_ignored_then_rewritten(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path, "1")
    cache.store(_entry())
    entry = next(tmp_path.rglob("*.pickle"))
    entry.write_bytes(b"not a pickle")
    assert cache.load(SHA, "a.pdf") is None
    cache.store(_entry())
    assert cache.load(SHA, "a.pdf") == _entry()


def test_an_entry_for_other_content_is_not_served(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path, "1")
    cache.store(_entry())
    moved = next(tmp_path.rglob("*.pickle"))
    other = "cd" * 32
    target = moved.parent.parent / other[:2] / moved.name.replace(SHA, other)
    target.parent.mkdir(parents=True)
    moved.rename(target)
    assert cache.load(other, "a.pdf") is None


def test_clear_removes_every_entry(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path, "1")
    cache.store(_entry())
    assert clear_cache(tmp_path) == 1
    assert cache.load(SHA, "a.pdf") is None
    assert clear_cache(tmp_path) == 0


def test_entries_live_in_a_private_folder_with_no_temporary_files_left(tmp_path: Path) -> None:
    import stat

    root = tmp_path / "cache"
    cache = DocumentCache(root, "1")
    cache.store(_entry())
    cache.store(_entry())  # the second write finds its folder made
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert [p.suffix for p in root.rglob("*") if p.is_file()] == [".pickle"]


def test_a_cache_that_cannot_be_written_only_costs_speed(tmp_path: Path) -> None:
    from screener.cache import OutcomeCache

    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    cache = OutcomeCache(blocked)
    cache.put("k" * 64, b"payload")  # no exception
    assert cache.get("k" * 64) is None


def test_a_damaged_pickle_entry_is_a_miss(tmp_path: Path) -> None:
    from screener.cache import OutcomeCache

    cache = OutcomeCache(tmp_path)
    cache.put("a" * 64, b"payload")
    assert cache.has("a" * 64) and cache.get("a" * 64) == b"payload"
    entry = next(tmp_path.rglob("*.pickle"))
    entry.write_bytes(entry.read_bytes()[:-2])
    assert cache.get("a" * 64) is None


def test_a_checked_rubric_is_kept_and_a_bad_one_is_read_every_time(tmp_path: Path) -> None:
    import pytest

    from screener.cache import RubricCache
    from screener.errors import RubricError
    from screener.rubric import load_rubric

    root = Path(__file__).resolve().parent.parent
    good = load_rubric(root / "rubric.yaml")
    cache = RubricCache(tmp_path)
    loads = []

    def load():
        loads.append(1)
        return good

    first = cache.rubric(good.sha256, good.path, load)
    again = cache.rubric(good.sha256, good.path, load)
    assert first == again == good and len(loads) == 1  # the second came from the cache
    cache.rubric("0" * 64, good.path, load)  # other bytes: read again
    assert len(loads) == 2

    def bad():
        raise RubricError([])

    for _ in range(2):
        with pytest.raises(RubricError):
            cache.rubric("1" * 64, "bad.yaml", bad)
