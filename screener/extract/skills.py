"""Skills: taxonomy matches in the document, with evidence and months of use (stub, replaced by the skills stage)."""

from __future__ import annotations

from collections.abc import Sequence

from screener.models import Document, Role, Section, SkillFact


def extract_skills(
    document: Document, sections: Sequence[Section], roles: Sequence[Role]
) -> tuple[SkillFact, ...]:
    return ()
