"""The shared corpus, where it is present: every readable file reads, the unreadable raise NoText.

The corpus stays in ../shared (never copied here); without it these tests are skipped.
Names and emails from the labels are checked to appear in the text read, which catches
lost headers, text boxes and reading-order damage without quoting any document here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.errors import NoText
from screener.readers import read_document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _labels() -> list[dict]:
    if not (CORPUS / "labels.yaml").exists():
        return []
    import yaml

    return yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))


LABELS = _labels()
pytestmark = pytest.mark.skipif(not LABELS, reason="the shared corpus is not here")


@pytest.mark.parametrize("label", LABELS, ids=[entry["file"][:50] for entry in LABELS])
def test_corpus_file(label: dict) -> None:
    path = CORPUS / "documents" / label["file"]
    if not label.get("readable", True):
        with pytest.raises(NoText):
            read_document(path)
        return
    document = read_document(path)
    text = "\n".join(line.text for line in document.lines)
    assert len(text) > 500
    flat = text.lower().replace(" ", "")
    for email in _as_list(label.get("email")):
        found = email.lower() in flat  # a bool, so a failure never prints the document
        assert found, "email lost"
    for name in _as_list(label.get("name")):
        found = name.split()[0].lower() in text.lower()
        assert found, "name lost"


def _as_list(value: object) -> list[str]:
    if not value:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]
