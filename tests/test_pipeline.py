"""The pipeline: one outcome per file in input order, failures as values, both cache layers."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from screener.models import Failure, Screening
from screener.batch import screen_files
from screener.pipeline import ScreenOptions, screen_file
from screener.rubric import load_rubric
from tests.support import STRONG_LINES, make_pdf

ROOT = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 11, 1)


def _rubric():
    return load_rubric(ROOT / "rubric.yaml")


def test_outcomes_follow_input_order_and_failures_are_values(resume_folder: Path) -> None:
    files = sorted(p for p in resume_folder.iterdir() if p.suffix in {".pdf", ".docx"}
                   and not p.name.startswith("."))
    outcomes = screen_files(files, _rubric(), ScreenOptions(as_of=AS_OF, jobs=2))
    assert [o.file for o in outcomes] == [str(f) for f in files]
    kinds = {Path(o.file).name: type(o) for o in outcomes}
    assert kinds == {"avery quill.pdf": Screening, "empty.pdf": Failure,
                     "robin-vale.docx": Screening}


def test_a_missing_file_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    outcome = screen_file(tmp_path / "gone.pdf", _rubric(), ScreenOptions(as_of=AS_OF))
    assert isinstance(outcome, Failure) and outcome.code == "unreadable"


def test_evidence_is_trimmed_unless_details_are_asked_for(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "a.pdf", STRONG_LINES + ["Kubernetes"] * 8)
    few = screen_file(pdf, _rubric(), ScreenOptions(as_of=AS_OF, evidence_limit=1))
    every = screen_file(pdf, _rubric(), ScreenOptions(as_of=AS_OF, evidence_limit=None))
    assert isinstance(few, Screening) and isinstance(every, Screening)
    k_few = next(s for s in few.facts.skills if s.name == "Kubernetes")
    k_all = next(s for s in every.facts.skills if s.name == "Kubernetes")
    assert len(k_few.evidence) == 1 < len(k_all.evidence)
    assert k_few.mentions == k_all.mentions  # the count stays whole
    assert few.score == every.score


def test_cached_outcome_of_a_copy_carries_the_copy_path(tmp_path: Path) -> None:
    first = make_pdf(tmp_path / "first.pdf", STRONG_LINES)
    copy = tmp_path / "copy.pdf"
    shutil.copy(first, copy)
    options = ScreenOptions(as_of=AS_OF, cache_dir=tmp_path / "cache")
    [a] = screen_files([first], _rubric(), options)
    [b] = screen_files([copy], _rubric(), options)
    assert b.file == str(copy) and a.file == str(first)
    assert isinstance(a, Screening) and isinstance(b, Screening) and a.score == b.score
    assert list((tmp_path / "cache" / "outcomes").rglob("*.pickle"))


def test_an_edited_rubric_is_evaluated_again_from_the_cached_document(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "a.pdf", STRONG_LINES)
    options = ScreenOptions(as_of=AS_OF, cache_dir=tmp_path / "cache")
    [before] = screen_files([pdf], _rubric(), options)
    edited = tmp_path / "rubric.yaml"
    text = (ROOT / "rubric.yaml").read_text(encoding="utf-8")
    edited.write_text(text.replace("title:", "title: Edited", 1), encoding="utf-8")
    [after] = screen_files([pdf], load_rubric(edited), options)
    assert isinstance(after, Screening) and isinstance(before, Screening)
    assert after.score == before.score  # same checks: only the title changed
    assert len(list((tmp_path / "cache" / "documents").rglob("*.pickle"))) == 1
    assert len(list((tmp_path / "cache" / "outcomes").rglob("*.pickle"))) == 2


def test_an_edited_rubric_reuses_the_cached_facts_without_extracting_again(
    tmp_path: Path, monkeypatch
) -> None:
    import screener.extract

    pdf = make_pdf(tmp_path / "a.pdf", STRONG_LINES)
    options = ScreenOptions(as_of=AS_OF, cache_dir=tmp_path / "cache")
    before = screen_file(pdf, _rubric(), options)
    edited = tmp_path / "rubric.yaml"
    text = (ROOT / "rubric.yaml").read_text(encoding="utf-8")
    edited.write_text(text.replace("title:", "title: Edited", 1), encoding="utf-8")

    def no_extraction(*_):
        raise AssertionError("facts should have come from the cache")

    monkeypatch.setattr(screener.extract, "extract_facts", no_extraction)
    after = screen_file(pdf, load_rubric(edited), options)
    assert isinstance(after, Screening) and isinstance(before, Screening)
    assert after.facts == before.facts and after.score == before.score


def test_a_new_as_of_date_reuses_the_document_but_reads_the_facts_again(
    tmp_path: Path, monkeypatch
) -> None:
    import screener.readers

    pdf = make_pdf(tmp_path / "a.pdf", STRONG_LINES)
    cache = tmp_path / "cache"
    now = screen_file(pdf, _rubric(), ScreenOptions(as_of=AS_OF, cache_dir=cache))

    def no_reading(*_):
        raise AssertionError("the document should have come from the cache")

    monkeypatch.setattr(screener.readers, "read_document", no_reading)
    later = screen_file(pdf, _rubric(), ScreenOptions(as_of=date(2028, 11, 1), cache_dir=cache))
    assert isinstance(now, Screening) and isinstance(later, Screening)
    assert later.facts.experience_years > now.facts.experience_years  # "Present" moved on
    assert len(list((cache / "documents").rglob("*.pickle"))) == 1  # one entry per file


def test_a_corrupt_outcome_entry_is_replaced_not_trusted(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "a.pdf", STRONG_LINES)
    options = ScreenOptions(as_of=AS_OF, cache_dir=tmp_path / "cache")
    [good] = screen_files([pdf], _rubric(), options)
    for entry in (tmp_path / "cache" / "outcomes").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    [again] = screen_files([pdf], _rubric(), options)
    assert isinstance(again, Screening) and again.score == good.score


def test_a_slim_batch_keeps_what_reports_read_and_the_full_facts_in_its_records(
    tmp_path: Path,
) -> None:
    import json

    from screener.batch import screen_batch

    pdf = make_pdf(tmp_path / "a.pdf", STRONG_LINES)
    options = ScreenOptions(as_of=AS_OF, slim_outcomes=True)
    with screen_batch([pdf], _rubric(), options) as batch:
        [slim] = batch.outcomes
        [record] = [json.loads(r) for r in batch.records()]
    [full] = screen_files([pdf], _rubric(), ScreenOptions(as_of=AS_OF))
    assert isinstance(slim, Screening) and isinstance(full, Screening)
    assert slim.facts.skills == () and full.facts.skills
    assert slim.score == full.score and [c.status for c in slim.checks] == [
        c.status for c in full.checks]
    assert all(len(c.evidence) <= 1 for c in slim.checks)
    assert {s["name"] for s in record["facts"]["skills"]} == {s.name for s in full.facts.skills}


def test_a_batch_found_whole_in_the_cache_starts_no_worker(tmp_path: Path) -> None:
    from screener.batch import plan_batch

    pdfs = [make_pdf(tmp_path / f"{n}.pdf", STRONG_LINES + [f"Note {n}"]) for n in range(3)]
    rubric = _rubric()
    options = ScreenOptions(as_of=AS_OF, cache_dir=tmp_path / "cache", jobs=2)
    with plan_batch(pdfs, rubric.sha256, rubric.path, options) as cold:
        assert cold.pool is not None and not cold.cached
    first = screen_files(pdfs, rubric, options)
    with plan_batch(pdfs, rubric.sha256, rubric.path, options) as warm:
        assert warm.pool is None and sorted(warm.cached) == [0, 1, 2]
    again = screen_files(pdfs, rubric, options)
    assert again == first


def test_only_the_files_missing_from_the_cache_go_to_workers(tmp_path: Path) -> None:
    from screener.batch import plan_batch

    old = make_pdf(tmp_path / "old.pdf", STRONG_LINES)
    rubric = _rubric()
    options = ScreenOptions(as_of=AS_OF, cache_dir=tmp_path / "cache")
    screen_files([old], rubric, options)
    new = make_pdf(tmp_path / "new.pdf", STRONG_LINES + ["Kafka"])
    with plan_batch([old, new], rubric.sha256, rubric.path, options) as plan:
        assert sorted(plan.cached) == [0] and plan.pool is not None
        assert plan.digests[1] is not None
    outcomes = screen_files([old, new], rubric, options)
    assert [o.file for o in outcomes] == [str(old), str(new)]
    assert all(isinstance(o, Screening) for o in outcomes)


def test_workers_started_by_a_plan_that_fails_are_stopped(tmp_path: Path, monkeypatch) -> None:
    import screener.batch as batch_module

    pdfs = [make_pdf(tmp_path / f"{n}.pdf", STRONG_LINES) for n in range(2)]
    rubric = _rubric()
    options = ScreenOptions(as_of=AS_OF, cache_dir=tmp_path / "cache")
    started = []
    real_start = batch_module.start_workers

    def start(*args):
        started.append(real_start(*args))
        return started[-1]

    calls = 0

    def hash_then_interrupt(path):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        return "0" * 64

    monkeypatch.setattr(batch_module, "start_workers", start)
    monkeypatch.setattr(batch_module, "file_sha256", hash_then_interrupt)
    try:
        batch_module.plan_batch(pdfs, rubric.sha256, rubric.path, options)
    except KeyboardInterrupt:
        pass
    else:
        raise AssertionError("the interrupt should have come through")
    [pool] = started
    assert pool.workers == []  # closed: no worker left running


def test_outcomes_sent_back_share_their_criteria_strings(tmp_path: Path) -> None:
    pdfs = [make_pdf(tmp_path / f"{n}.pdf", STRONG_LINES + [f"Note {n}"]) for n in range(2)]
    first, second = screen_files(pdfs, _rubric(), ScreenOptions(as_of=AS_OF))
    assert isinstance(first, Screening) and isinstance(second, Screening)
    for a, b in zip(first.checks, second.checks, strict=True):
        assert a.label == b.label and a.label is b.label  # one copy per batch
        assert a.id is b.id and a.kind is b.kind


def _finishes(work, seconds: float = 30.0):
    """`work()`'s result, run in a thread; fails (instead of hanging) if it does not end."""
    import threading

    done: list = []

    def run() -> None:
        try:
            done.append((work(), None))
        except Exception as error:  # noqa: BLE001 - handed back to the test
            done.append((None, error))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert done, "still waiting: a named pipe must not block the batch"
    result, error = done[0]
    if error is not None:
        raise error
    return result


def test_a_named_pipe_given_as_a_resume_fails_instead_of_waiting(tmp_path: Path) -> None:
    import os

    import pytest

    from screener.pipeline import file_sha256

    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    with pytest.raises(OSError):
        _finishes(lambda: file_sha256(pipe))
    good = make_pdf(tmp_path / "good.pdf", STRONG_LINES)
    options = ScreenOptions(as_of=AS_OF, cache_dir=tmp_path / "cache", timeout=60)
    outcomes = _finishes(lambda: screen_files([good, pipe], _rubric(), options))
    assert isinstance(outcomes[0], Screening)
    assert isinstance(outcomes[1], Failure) and outcomes[1].code == "unreadable"


def test_a_file_past_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    import pytest

    from screener.errors import TooLarge
    from screener.pipeline import file_sha256
    from screener.readers import MAX_BYTES

    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as out:  # sparse: no disk used, nothing worth hashing
        out.truncate(MAX_BYTES + 1)
    with pytest.raises(TooLarge):
        file_sha256(huge)
    options = ScreenOptions(as_of=AS_OF, cache_dir=tmp_path / "cache")
    [outcome] = screen_files([huge], _rubric(), options)
    assert isinstance(outcome, Failure) and outcome.code == "too-large"
