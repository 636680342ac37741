"""Where a screening's time goes: CPU milliseconds per document for each stage, in one pass.

    .venv/bin/python bench/stages.py [--n 400] [--seed 1] [--repeat 3]

Runs the pipeline in this process on the generated set (see run.py), one stage at a time
per document, and prints each stage's CPU time per document: reading (PDF and DOCX
apart), facts, evaluation, trimming, the JSON record and the pickle a worker sends back.
Every document is screened once per pass, as in a real run: a second look at the same
text would flatter anything memoised. Imports and patterns compiled on first use are paid
before timing, on two of the samples. --repeat runs more passes in the same process and
keeps each row's fastest; answers memoised in the first pass flatter the later ones a
little, so compare runs made with the same --repeat.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

AS_OF = date(2026, 11, 1)


def one_pass(paths: list[Path], rubric) -> dict[str, float]:
    """CPU seconds per stage over `paths`, each document once."""
    from screener.evaluate import evaluate
    from screener.extract import extract_facts
    from screener.models import Screening
    from screener.pipeline import EVIDENCE_LIMIT, _trimmed, for_reports
    from screener.readers import read_document
    from screener.reports.json_report import record_text

    clock = time.process_time
    spent = dict.fromkeys(("read_pdf", "read_docx", "facts", "evaluate", "trim", "record",
                           "pickle"), 0.0)
    for path in paths:
        t0 = clock()
        document = read_document(path)
        t1 = clock()
        facts = extract_facts(document, AS_OF)
        t2 = clock()
        result = evaluate(document, facts, rubric)
        t3 = clock()
        screening = _trimmed(
            Screening(str(path), document.sha256, document.format, document.pages, facts,
                      result.checks, result.score, result.verdict, result.failed_knockouts,
                      document.warnings + facts.warnings),
            EVIDENCE_LIMIT,
        )
        t4 = clock()
        record = record_text(screening).encode("utf-8")
        t5 = clock()
        pickle.dumps((for_reports(screening, False), record), protocol=pickle.HIGHEST_PROTOCOL)
        t6 = clock()
        spent["read_" + document.format] += t1 - t0
        spent["facts"] += t2 - t1
        spent["evaluate"] += t3 - t2
        spent["trim"] += t4 - t3
        spent["record"] += t5 - t4
        spent["pickle"] += t6 - t5
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)

    from run import ensure_set

    from screener.evaluate import evaluate
    from screener.extract import extract_facts
    from screener.readers import read_document
    from screener.rubric import load_rubric

    folder = ensure_set(args.n, args.seed, 1)
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".pdf", ".docx"))
    rubric = load_rubric(ROOT / "rubric.yaml")
    for sample in ("strong-two-column.pdf", "strong-plain.docx"):  # imports, lazy patterns
        document = read_document(ROOT / "samples" / sample)
        evaluate(document, extract_facts(document, AS_OF), rubric)
    passes = [one_pass(paths, rubric) for _ in range(max(1, args.repeat))]
    counts = {"read_pdf": sum(p.suffix == ".pdf" for p in paths),
              "read_docx": sum(p.suffix == ".docx" for p in paths)}
    print(f"{len(paths)} documents, seed {args.seed}, CPU ms per document, "
          f"fastest of {len(passes)} pass(es)")
    total = 0.0
    for stage in passes[0]:
        fastest = min(p[stage] for p in passes)
        total += fastest
        print(f"  {stage:10} {fastest / max(1, counts.get(stage, len(paths))) * 1000:6.2f}")
    print(f"  {'all':10} {total / len(paths) * 1000:6.2f}  (both formats' reading averaged in)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
