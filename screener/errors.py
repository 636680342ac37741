"""Exit codes and the error tree: each error carries its report code and a sentence with the fix."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1  # something unexpected; a bug
    USAGE = 2  # bad command line (Typer's own code too)
    BAD_RUBRIC = 3
    NO_INPUT = 4  # no résumé files found under the paths given
    INTERRUPTED = 130


class ScreenerError(Exception):
    """Base of every error the tool reports to a user on purpose."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NoInputError(ScreenerError):
    exit_code = ExitCode.NO_INPUT


# --------------------------------------------------------------------------- rubric


@dataclass(frozen=True, slots=True)
class RubricProblem:
    path: str
    line: int | None
    key_path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        key = f" {self.key_path}:" if self.key_path else ""
        return f"{where}:{key} {self.message}"


class RubricError(ScreenerError):
    """The rubric file is wrong; every problem is listed as FILE:LINE: key.path: message."""

    exit_code = ExitCode.BAD_RUBRIC

    def __init__(self, problems: list[RubricProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# --------------------------------------------------------------------------- reading files


class ReadError(ScreenerError):
    """A résumé file that could not be read. `code` is the report's `error.code`."""

    code = "corrupt"
    default_message = "the file could not be read"

    def __init__(self, message: str | None = None, detail: str | None = None) -> None:
        super().__init__(message or self.default_message)
        # The class name of the library exception behind this, never its message:
        # messages can quote document content, which is personal data.
        self.detail = detail


class EmptyFile(ReadError):
    code = "empty"
    default_message = "the file is empty; ask the candidate to send it again"


class Unsupported(ReadError):
    code = "unsupported"
    default_message = "this is not a PDF or DOCX file; ask for the résumé as PDF or DOCX"


class Encrypted(ReadError):
    code = "encrypted"
    default_message = "the file is password-protected; ask the candidate for an unlocked copy"


class Corrupt(ReadError):
    code = "corrupt"
    default_message = "the file is damaged and could not be opened; ask for a fresh copy"


class NoText(ReadError):
    code = "no-text"
    default_message = (
        "the document has no readable text (a scan or an image); ask for a text PDF or DOCX, "
        "or run it through OCR first"
    )


class TooLarge(ReadError):
    code = "too-large"
    default_message = (
        "the file is too large or expands too far to read safely; ask for a smaller PDF or DOCX"
    )


class Timeout(ReadError):
    code = "timeout"
    default_message = "reading the file took too long and was stopped; ask for a simpler PDF or DOCX"


class Crashed(ReadError):
    code = "crashed"
    default_message = (
        "the reader stopped unexpectedly on this file; ask for a re-exported PDF or DOCX"
    )


ERROR_CODES: tuple[str, ...] = (
    "empty",
    "unsupported",
    "encrypted",
    "corrupt",
    "no-text",
    "too-large",
    "timeout",
    "crashed",
    "unreadable",
)
