"""A screening's JSON record written directly: byte for byte what json.dumps writes.

json.dumps of a record dict costs about half a microsecond per small dict (every key is
encoded anew each time) and a record holds hundreds: the evidence of every skill and
check, most of it the same few lines. screening_text writes the same bytes with one
f-string per object, encodes each piece of evidence once, and reuses the text of a
check that evaluate() returned before (a criterion nothing was found for is one shared
CheckResult). Strings go through json's own C escaper (which also rejects a non-string
with TypeError); numbers are written only when they are a plain int or finite float.
"""

from __future__ import annotations

from collections.abc import Iterable
from json.encoder import encode_basestring as _quote  # json's C escaper

from screener.models import CheckResult, Degree, Evidence, ResumeFacts, Role, Screening, SkillFact


class Unusual(Exception):
    """A value screening_text does not write itself: json.dumps writes the record."""


def _number(x: object) -> str:
    """A plain int or finite float as json.dumps writes it (`repr`)."""
    kind = type(x)
    if kind is int or (kind is float and x - x == 0.0):  # type: ignore[operator]
        return repr(x)
    raise Unusual


def _maybe_number(x: object) -> str:
    return "null" if x is None else _number(x)


def _bool(x: object) -> str:
    if x is True:
        return "true"
    if x is False:
        return "false"
    raise Unusual


def _maybe_text(x: str | None) -> str:
    return "null" if x is None else _quote(x)


def _texts(xs: Iterable[str]) -> str:
    return "[" + ", ".join(map(_quote, xs)) + "]"


# The JSON of each piece of evidence, for one record, keyed by (text, page, line): the
# same line is evidence for many skills and checks, each time as a new Evidence.
_EvidenceTexts = dict[tuple[str, int, int], str]


def _evidence_list(evidence: Iterable[Evidence], seen: _EvidenceTexts) -> str:
    parts = []
    for e in evidence:  # one loop, no call per piece: a record holds a hundred or more
        key = (e.text, e.page, e.line)
        text = seen.get(key)
        if text is None:
            text = seen[key] = _new_evidence_text(*key)
        elif type(key[1]) is not int or type(key[2]) is not int:
            raise Unusual  # a bool or float equal to an int seen: not that int's text
        parts.append(text)
    return "[" + ", ".join(parts) + "]"


def _new_evidence_text(text: str, page: int, line: int) -> str:
    if type(page) is not int or type(line) is not int:
        raise Unusual
    return f'{{"text": {_quote(text)}, "page": {page}, "line": {line}}}'


def _evidence_text(e: Evidence, seen: _EvidenceTexts) -> str:
    return _evidence_list((e,), seen)[1:-1]


def screening_text(o: Screening) -> str:
    facts, contact = o.facts, o.facts.contact
    seen: _EvidenceTexts = {}
    return (
        f'{{"file": {_quote(o.file)}, "sha256": {_quote(o.sha256)}, "status": "screened", '
        f'"error": null, "warnings": {_texts(o.warnings)}, "format": {_quote(o.format)}, '
        f'"pages": {_number(o.pages)}, "candidate": {{"name": {_maybe_text(contact.name)}, '
        f'"email": {_maybe_text(contact.email)}, "phone": {_maybe_text(contact.phone)}, '
        f'"location": {_maybe_text(contact.location)}, "links": {_texts(contact.links)}}}, '
        f'"facts": {_facts_text(facts, seen)}, '
        f'"checks": [{", ".join([_check_text(c, seen) for c in o.checks])}], '
        f'"score": {_number(o.score)}, "verdict": {_quote(o.verdict)}, '
        f'"failed_knockouts": {_texts(o.failed_knockouts)}}}'
    )


def _facts_text(f: ResumeFacts, seen: _EvidenceTexts) -> str:
    education = ", ".join([_degree_text(d, seen) for d in f.education])
    roles = ", ".join([_role_text(r, seen) for r in f.roles])
    skills = ", ".join([_skill_text(s, seen) for s in f.skills])
    sections = ", ".join(
        [
            f'{{"kind": {_quote(s.kind)}, "heading": '
            f'{"null" if s.heading is None else _evidence_text(s.heading, seen)}}}'
            for s in f.sections
        ]
    )
    return (
        f'{{"highest_degree": {_quote(f.highest_degree)}, "education": [{education}], '
        f'"roles": [{roles}], "experience_years": {_number(f.experience_years)}, '
        f'"senior_years": {_number(f.senior_years)}, "senior_titles": {_texts(f.senior_titles)}, '
        f'"stated_years": {_maybe_number(f.stated_years)}, "skills": [{skills}], '
        f'"sections": [{sections}]}}'
    )


def _degree_text(d: Degree, seen: _EvidenceTexts) -> str:
    return (
        f'{{"level": {_quote(d.level)}, "degree": {_quote(d.degree)}, '
        f'"field": {_maybe_text(d.field)}, "institution": {_maybe_text(d.institution)}, '
        f'"year": {_maybe_number(d.year)}, "completed": {_bool(d.completed)}, '
        f'"evidence": {_evidence_text(d.evidence, seen)}}}'
    )


def _role_text(r: Role, seen: _EvidenceTexts) -> str:
    return (
        f'{{"title": {_quote(r.title)}, "organization": {_maybe_text(r.organization)}, '
        f'"location": {_maybe_text(r.location)}, "start": {_quote(r.start)}, '
        f'"end": {_maybe_text(r.end)}, "months": {_number(r.months)}, '
        f'"senior": {_bool(r.senior)}, "counts": {_bool(r.counts)}, '
        f'"excluded_because": {_maybe_text(r.excluded_because)}, '
        f'"section": {_quote(r.section)}, "evidence": {_evidence_text(r.evidence, seen)}}}'
    )


def _skill_text(s: SkillFact, seen: _EvidenceTexts) -> str:
    # The most numerous object after evidence: its optional fields are written inline.
    last_used, implied_by = s.last_used, s.implied_by
    return (
        f'{{"name": {_quote(s.name)}, "category": {_quote(s.category)}, '
        f'"mentions": {_number(s.mentions)}, "years": {_number(s.years)}, '
        f'"last_used": {"null" if last_used is None else _quote(last_used)}, '
        f'"sections": [{", ".join(map(_quote, s.sections))}], '
        f'"implied_by": {"null" if implied_by is None else _quote(implied_by)}, '
        f'"evidence": {_evidence_list(s.evidence, seen)}}}'
    )


# Checks without evidence by identity -> their JSON. evaluate() returns one shared
# CheckResult for a criterion's common answer ("none found of ..."), so most such checks
# are written once per run. Frozen, and kept alive here, so an id stays its own.
_CHECK_TEXTS: dict[int, tuple[CheckResult, str]] = {}
_MOST_CHECK_TEXTS = 1024


def _check_text(c: CheckResult, seen: _EvidenceTexts) -> str:
    if c.evidence:
        return _new_check_text(c, seen)
    known = _CHECK_TEXTS.get(id(c))
    if known is not None and known[0] is c:
        return known[1]
    if len(_CHECK_TEXTS) >= _MOST_CHECK_TEXTS:
        _CHECK_TEXTS.clear()
    text = _new_check_text(c, seen)
    _CHECK_TEXTS[id(c)] = (c, text)
    return text


def _new_check_text(c: CheckResult, seen: _EvidenceTexts) -> str:
    return (
        f'{{"id": {_quote(c.id)}, "label": {_quote(c.label)}, "kind": {_quote(c.kind)}, '
        f'"required": {_bool(c.required)}, "weight": {_number(c.weight)}, '
        f'"status": {_quote(c.status)}, "points": {_number(c.points)}, '
        f'"evidence": {_evidence_list(c.evidence, seen)}, "reason": {_quote(c.reason)}}}'
    )
