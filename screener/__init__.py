"""screener: screen PDF and DOCX résumés against a YAML rubric taken from a job posting."""

__version__ = "0.1.0"
