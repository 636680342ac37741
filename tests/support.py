"""Test helpers: résumé documents made in code, and report validation against the shipped schema."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

AS_OF = "2026-11-01"

STRONG_LINES = [
    "Avery Quill",
    "avery.quill@example.com | +1 212 555 0142 | Brooklyn, NY | github.com/averyquill",
    "SUMMARY",
    "Backend architect with 12+ years of experience building distributed systems.",
    "EXPERIENCE",
    "Principal Backend Architect, Northwind Data - Mar 2019 - Present",
    "- Designed event-driven microservices in Go and Python on Kubernetes (EKS) in production.",
    "- Scaled the API gateway with rate limiting to 150k requests per second for 10M users.",
    "- Tuned PostgreSQL replication and sharding; caching with Redis; queues on SQS and SNS.",
    "- Introduced CQRS and event sourcing; Istio service mesh; Terraform; Prometheus and Grafana.",
    "Senior Software Engineer, Blue Harbor Systems - Jan 2013 - Feb 2019",
    "- Built Node.js services with OAuth2 and JWT on AWS (RDS, ElastiCache).",
    "EDUCATION",
    "M.S. Computer Science, Lakeside University, 2012",
    "SKILLS",
    "Go, Python, Node.js, PostgreSQL, Kubernetes, AWS, Istio, Redis, Terraform",
]

WEAK_LINES = [
    "Robin Vale",
    "robin.vale@example.com",
    "EXPERIENCE",
    "Web Developer, Corner Shop Co - Jun 2022 - Present",
    "- Maintained a WordPress site and wrote PHP templates.",
    "EDUCATION",
    "B.A. History, Hill College, 2021",
]


def make_pdf(path: Path, lines: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def make_docx(path: Path, lines: list[str]) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


@lru_cache(maxsize=1)
def report_schema() -> dict:
    text = resources.files("screener").joinpath("data/report.schema.json").read_text("utf-8")
    return json.loads(text)


def assert_valid_report(report: dict) -> None:
    """Validate a report against the shipped schema, naming the first problem found."""
    import jsonschema

    jsonschema.Draft202012Validator(report_schema()).validate(report)


BENCH = Path(__file__).resolve().parent.parent / "bench"


def load_bench_module(name: str, file: str):
    """A script in bench/ imported as module `name` (bench/ is not a package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, BENCH / file)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
