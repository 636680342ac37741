"""Time screener.readers.read_document against bare library extraction of the same files.

Bare means: pypdfium2 `get_text_range()` for every page of a PDF, python-docx paragraphs plus
table cells for a DOCX: the least any reader could do. The ratio is what our reading
order, hidden-text checks, bomb guards and normalisation cost on top of that.

    .venv/bin/python bench/read_bench.py [FOLDER] [--repeat N]

FOLDER defaults to ../shared/corpus/documents. Each side runs N times (default 5),
interleaved, and the best total is kept, so a busy machine skews both alike.
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path


def bare(path: Path) -> int:
    """Characters extracted the cheapest way the libraries allow."""
    data = path.read_bytes()
    if data[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        try:
            total = 0
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                total += len(textpage.get_text_range())
                textpage.close()
                page.close()
            return total
        finally:
            pdf.close()
    import docx

    document = docx.Document(io.BytesIO(data))
    total = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                total += sum(len(p.text) for p in cell.paragraphs)
    return total


def ours(path: Path) -> int:
    from screener.errors import ReadError
    from screener.readers import read_document

    try:
        return sum(len(line.text) for line in read_document(path).lines)
    except ReadError:
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared/corpus/documents")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = sorted(p for p in args.folder.iterdir() if p.suffix.lower() in (".pdf", ".docx"))
    for path in files:  # warm-up: imports, page cache
        ours(path)
        try:
            bare(path)
        except Exception:  # noqa: BLE001 - a file the bare path cannot read costs nothing
            pass
    best = {"bare": float("inf"), "ours": float("inf")}
    for _ in range(args.repeat):
        for name, func in (("bare", bare), ("ours", ours)):
            start = time.perf_counter()
            for path in files:
                try:
                    func(path)
                except Exception:  # noqa: BLE001
                    pass
            best[name] = min(best[name], time.perf_counter() - start)
    pdfs = sum(1 for p in files if p.suffix.lower() == ".pdf")
    print(f"{len(files)} files ({pdfs} PDF, {len(files) - pdfs} DOCX), best of {args.repeat}")
    print(f"bare pypdfium2 + python-docx: {best['bare']:.3f} s")
    print(f"screener read_document:       {best['ours']:.3f} s")
    print(f"ratio: {best['ours'] / best['bare']:.2f}x")


if __name__ == "__main__":
    main()
