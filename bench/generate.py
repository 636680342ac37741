"""Generate N distinct fictional résumés from a seed, half PDF and half DOCX.

    python bench/generate.py 400 --seed 1 --out bench/out/n400-s1 [--jobs 2]

File i depends only on (seed, i): even indexes are PDF, odd are DOCX; layouts (one or two
columns for PDF; plain, layout table or contact in the page header for DOCX), names,
companies, date styles, skills and length (one or two pages) vary. The same seed gives the
same bytes with the same fpdf2 version, whatever --jobs is.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the renderers sit beside this script
    sys.path.insert(0, str(HERE))

from resume_model import make_resume  # noqa: E402

GENERATOR_VERSION = "4"
SMALL = 50  # below this, starting worker processes costs more than it saves  # bump when output changes, so run.py regenerates its cache


def file_name(index: int, seed: int) -> str:
    fmt = "pdf" if index % 2 == 0 else "docx"
    r = make_resume(seed, index, fmt)
    return f"{index:05d}-{r.name.lower().replace(' ', '-')}.{fmt}"


def render(seed: int, index: int) -> tuple[str, bytes]:
    """The file name and bytes of résumé `index` of the set drawn from `seed`."""
    fmt = "pdf" if index % 2 == 0 else "docx"
    r = make_resume(seed, index, fmt)
    name = f"{index:05d}-{r.name.lower().replace(' ', '-')}.{fmt}"
    if fmt == "pdf":
        from bench_pdf import render_pdf

        family = "Times" if random.Random(f"{seed}:{index}:font").random() < 0.3 else "Helvetica"
        return name, render_pdf(r, family)
    from bench_docx import render_docx

    return name, render_docx(r)


def _write(job: tuple[int, int, str]) -> int:
    seed, index, out = job
    name, data = render(seed, index)
    Path(out, name).write_bytes(data)
    return len(data)


def generate(n: int, seed: int, out: Path, jobs: int = 1) -> float:
    """Write n résumés into `out`; return the seconds it took."""
    out.mkdir(parents=True, exist_ok=True)
    tasks = [(seed, i, str(out)) for i in range(n)]
    start = time.perf_counter()
    if jobs <= 1 or n < SMALL:
        for task in tasks:
            _write(task)
    else:
        import multiprocessing

        with multiprocessing.Pool(jobs) as pool:
            for _ in pool.imap_unordered(_write, tasks, chunksize=32):
                pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many résumés")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="directory to write into")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes (default: every core)")
    args = parser.parse_args(argv)
    seconds = generate(args.n, args.seed, args.out, args.jobs)
    jobs = args.jobs if args.n >= SMALL else 1
    print(f"wrote {args.n} résumés to {args.out} in {seconds:.1f} s "
          f"({seconds / max(args.n, 1) * 1000:.1f} ms each, {jobs} jobs)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
