"""Time screening against plain text extraction of the same generated résumés.

    python bench/run.py --n 400 [--seed 1] [--jobs N] [--json results.json]

Generates the set into bench/out/ once (reused while n, seed and the generator version
match), then times, in one run:
  (a) plain extraction in this process: PDFium get_text_range per page, python-docx
      paragraphs and table cells; the floor any reader has to pay;
  (b) screen DIR --jobs 1 --no-cache --as-of 2026-11-01 --format json (one worker, no cache);
  (c) screen DIR --as-of 2026-11-01 --json FILE with the default jobs, twice: with an empty
      cache (a fresh XDG_CACHE_HOME), then again warm, when every document is a cache hit.
See bench/README.md for what each number means.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate as gen  # noqa: E402

AS_OF = "2026-11-01"


def ensure_set(n: int, seed: int, jobs: int) -> Path:
    """The directory holding the set, generated unless a complete copy is already there."""
    name = f"n{n}-s{seed}-g{gen.GENERATOR_VERSION}"
    out, marker = HERE / "out" / name, HERE / "out" / f"{name}.done"
    # The marker sits beside the folder, not in it: screen would count it as an input file.
    if marker.is_file() and len(list(out.iterdir())) == n:
        return out
    shutil.rmtree(out, ignore_errors=True)
    seconds = gen.generate(n, seed, out, jobs)
    marker.write_text(f"{n} files in {seconds:.1f} s\n")
    print(f"generated {n} résumés into {out} in {seconds:.1f} s", file=sys.stderr)
    return out


def plain_extraction(paths: list[Path]) -> dict[str, float]:
    """Seconds to pull the text out of each file with no layout work at all, per format."""
    import docx
    import pypdfium2 as pdfium

    spent = {"pdf": 0.0, "docx": 0.0}
    chars = 0
    for path in paths:
        start = time.perf_counter()
        if path.suffix == ".pdf":
            pdf = pdfium.PdfDocument(path)
            for i in range(len(pdf)):
                chars += len(pdf[i].get_textpage().get_text_range())
            pdf.close()
        else:
            document = docx.Document(str(path))
            chars += sum(len(p.text) for p in document.paragraphs)
            for table in document.tables:
                for row in table.rows:
                    for cell in row.cells:
                        chars += sum(len(p.text) for p in cell.paragraphs)
        spent[path.suffix[1:]] += time.perf_counter() - start
    spent["chars"] = chars
    return spent


def find_screen(explicit: str | None) -> str | None:
    """Our `screen`, never GNU screen: the venv's script first, and it must say "screener"."""
    candidates = [explicit] if explicit else [str(Path(sys.executable).with_name("screen")),
                                              shutil.which("screen")]
    for cmd in filter(None, candidates):
        try:
            done = subprocess.run([cmd, "--version"], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0 and "screener" in (done.stdout + done.stderr).lower():
            return cmd
    return None


def compile_bytecode(screen: str) -> None:
    """Compile the screener package that `screen` runs, as pip does for an installed package.

    An editable install compiles its modules on first import and caches them, unless
    PYTHONDONTWRITEBYTECODE is set (as on some CI machines); then every run would pay
    for compiling the sources, a cost no installed copy pays.
    """
    python = sys.executable
    try:
        first = Path(screen).read_bytes()[:200].splitlines()[0]
        if first.startswith(b"#!"):
            python = first[2:].decode().strip()
    except (OSError, IndexError, UnicodeDecodeError):
        pass
    subprocess.run(
        [python, "-c", "import compileall, os, screener; "
         "compileall.compile_dir(os.path.dirname(screener.__file__), quiet=1)"],
        capture_output=True, timeout=120, check=False,
    )


def timed(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one command and the children it reaped."""
    # stderr goes to a file, not a pipe: a pipe nobody reads fills at 64 kB and blocks.
    with tempfile.TemporaryFile() as err_file:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err_file, env=env)
        # wait4 gives this child's own usage, including the workers it waited for.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err_file.seek(0)
            err = err_file.read().decode(errors="replace")
            print(f"warning: {' '.join(cmd[:2])} … exited {proc.returncode}: {err[-400:]}",
                  file=sys.stderr)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "rss_mb": usage.ru_maxrss / 1024, "exit": proc.returncode}


def check_facts(path: Path, seed: int, misses: int = 0) -> list[str]:
    """Lines comparing the report's facts with what the generator wrote into each file.

    A regression signal on regular, synthetic résumés, not an accuracy target: rules tuned
    to this generator would be rules for one corpus.
    """
    from resume_model import expected_facts, make_resume

    try:
        candidates = json.loads(path.read_text())["candidates"]
    except (OSError, ValueError, KeyError):
        return ["no report to check facts against"]
    def same(key: str):
        return lambda got, want: (got["candidate"] or {}).get(key) == want[key]

    def near(key: str):
        return lambda got, want: abs(got["facts"][key] - want[key]) <= 0.5

    checks = {
        "name": same("name"),
        "email": same("email"),
        "highest degree": lambda got, want: (
            got["facts"]["highest_degree"] == want["highest_degree"]),
        "years ±0.5": near("experience_years"),
        "senior years ±0.5": near("senior_years"),
    }
    hits = dict.fromkeys(checks, 0)
    shown: list[str] = []
    screened = [c for c in candidates if c["status"] == "screened"]
    for got in screened:
        name = Path(got["file"]).name
        want = expected_facts(make_resume(seed, int(name[:5]), Path(name).suffix[1:]))
        for label, ok in checks.items():
            if ok(got, want):
                hits[label] += 1
            elif len(shown) < misses:
                facts = got["facts"] | (got["candidate"] or {})
                key = {"highest degree": "highest_degree", "years ±0.5": "experience_years",
                       "senior years ±0.5": "senior_years"}.get(label, label)
                shown.append(f"  miss {name}: {label}: got {facts.get(key)!r}, want {want[key]!r}")
    total = max(len(screened), 1)
    line = ", ".join(f"{label} {hits[label] / total:.1%}" for label in checks)
    return [f"facts against the generator ({len(screened)} screened): {line}", *shown]


def report_summary(path: Path) -> str:
    try:
        summary = json.loads(path.read_text())["summary"]
    except (OSError, ValueError, KeyError):
        return "no report"
    return ", ".join(f"{k} {v}" for k, v in summary.items())


def best(runs: list[dict[str, float]]) -> dict[str, float]:
    """The fastest of repeated runs (the least disturbed by other load), with the peak memory."""
    fastest = min(runs, key=lambda r: r["wall"])
    return fastest | {"rss_mb": max(r.get("rss_mb", 0.0) for r in runs)}


def time_screen(screen: str, folder: Path, jobs: int | None, repeat: int, seed: int,
                misses: int) -> tuple[list, list]:
    """Rows (b), (c) cold, (c) warm and (d) for `screen`, each the best of `repeat` runs."""
    rows, notes = [], []
    compile_bytecode(screen)
    rows.append(("    start-up: screen --version",
                 best([timed([screen, "--version"]) for _ in range(repeat)]) | {"per": 1}))
    one = [screen, str(folder), "--jobs", "1", "--no-cache", "--as-of", AS_OF,
           "--format", "json", "--quiet"]
    rows.append(("(b) screen --jobs 1 --no-cache", best([timed(one) for _ in range(repeat)])))
    cold, warm, plain = [], [], []
    jobs_args = ["--jobs", str(jobs)] if jobs else []
    kept = Path(tempfile.mkdtemp(prefix="screener-bench-report-")) / "report.json"
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="screener-bench-") as tmp:
            cache = Path(tmp) / "cache"
            env = dict(os.environ, XDG_CACHE_HOME=str(cache))
            report = Path(tmp) / "report.json"
            cmd = [screen, str(folder), "--as-of", AS_OF, "--json", str(report), "--quiet",
                   *jobs_args]
            cold.append(timed(cmd, env))
            entries = sum(1 for _ in cache.rglob("documents/*/*.pickle"))
            warm.append(timed(cmd, env))
            # The same warm run without the terminal table: what reporting itself costs.
            plain.append(timed([*cmd, "--format", "json"], env))
            shutil.copyfile(report, kept)
    # Reading the report back happens after every timed run: a child started by this
    # process inherits its peak memory in ru_maxrss, and a big report parsed here would
    # show up as the next run's "peak MB".
    facts = check_facts(kept, seed, misses)
    summary = report_summary(kept)
    shutil.rmtree(kept.parent, ignore_errors=True)
    label = f"jobs {jobs or 'default'}"
    rows.append((f"(c) screen, {label}, cold cache", best(cold)))
    rows.append((f"(c) screen, {label}, warm cache", best(warm)))
    rows.append(("(d) as warm (c), --format json", best(plain)))
    notes.append(f"report of the last run: {summary}; cache entries after the cold run: "
                 f"{entries}")
    notes += facts
    return rows, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="how many résumés (default 400)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None,
                        help="--jobs for the default screen run (default: screen's own)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each measurement this many times and keep the fastest")
    parser.add_argument("--screen", default=None, help="the screen command (default: the venv's)")
    parser.add_argument("--show-misses", type=int, default=0, metavar="K",
                        help="list up to K facts that differ from what the generator wrote")
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    args = parser.parse_args(argv)

    folder = ensure_set(args.n, args.seed, os.cpu_count() or 1)
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".pdf", ".docx"))
    n = len(paths)
    n_pdf = sum(p.suffix == ".pdf" for p in paths)
    rows: list[tuple[str, dict[str, float]]] = []

    plain_extraction(paths[:4])  # import the libraries and warm the disk cache first
    runs = []
    for _ in range(max(1, args.repeat)):
        cpu0 = time.process_time()
        spent = plain_extraction(paths)
        cpu = time.process_time() - cpu0
        runs.append(spent | {"wall": spent["pdf"] + spent["docx"], "cpu": cpu})
    spent = min(runs, key=lambda r: r["wall"])
    base = spent["wall"]
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("(a) plain extraction, this process",
                 {"wall": base, "cpu": spent["cpu"], "rss_mb": rss_self}))
    rows.append(("    PDF only (pypdfium2)", {"wall": spent["pdf"], "per": n_pdf}))
    rows.append(("    DOCX only (python-docx)", {"wall": spent["docx"], "per": n - n_pdf}))

    screen = find_screen(args.screen)
    notes = []
    if screen is None:
        notes.append("screen not found (or not screener's): skipped (b), (c) and (d). Install "
                     "the project (pip install -e .) or pass --screen PATH.")
    else:
        more, notes = time_screen(screen, folder, args.jobs, max(1, args.repeat), args.seed,
                                  args.show_misses)
        rows += more

    print(f"{n} résumés ({n_pdf} PDF, {n - n_pdf} DOCX), seed {args.seed}, "
          f"{os.cpu_count()} cores, {int(spent['chars']):,} characters; as of {AS_OF}; "
          f"best of {max(1, args.repeat)}")
    print(f"{'':40} {'total s':>8} {'ms/doc':>8} {'x (a)':>7} {'CPU ms/doc':>11} {'peak MB':>8}")
    results = []
    for label, r in rows:
        per = r.get("per", n)
        ms = r["wall"] / per * 1000
        ratio = f"{r['wall'] / base:7.2f}" if "per" not in r else f"{'':7}"
        cpu = f"{r['cpu'] / per * 1000:11.2f}" if "cpu" in r else f"{'':11}"
        rss = f"{r['rss_mb']:8.0f}" if "rss_mb" in r else f"{'':8}"
        print(f"{label:40} {r['wall']:8.2f} {ms:8.2f} {ratio} {cpu} {rss}")
        results.append({"run": label.strip(), "docs": per, **r})
    for note in notes:
        print(note if note.startswith("  ") else f"note: {note}")
    print("peak MB: (a) is this process; (b)/(c) the largest single process of that run "
          "(ru_maxrss is a maximum, not a sum over workers).")
    if args.json:
        args.json.write_text(json.dumps({"n": n, "seed": args.seed, "cores": os.cpu_count(),
                                         "results": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
