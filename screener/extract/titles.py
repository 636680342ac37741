"""Titles: tell a job title from an employer, and judge seniority.

Seniority comes from the title alone: senior, sr, staff, principal, lead, architect, head,
manager, director, VP or chief (CTO, CEO…) as a whole word ("Team Supervisor" is not
senior). Why a role does not count is exclusions.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.extract.alternation import CaseBlind, by_initial
from screener.extract.layout import is_location

_I = re.IGNORECASE
_SENIOR = CaseBlind(
    r"\b"
    + by_initial(
        r"senior|sr|staff|principal|lead|architect|head|manager|director|vp|svp|evp|avp|"
        r"vice[- ]president|chief|cto|ceo|cfo|coo|cio|ciso|cpo|cso|cdo",
        ignore_case=True,
    )
    + r"\b",
)
# "Assistant to the Director" names whom the person assists, not the title they hold.
_NOT_SENIOR = CaseBlind(r"\b(?:assistant|aide|secretary)\s+to\b")
_JOB = CaseBlind(
    r"\b"
    + by_initial(
        r"engineer|engineering|developer|programmer|manager|intern|internship|analyst|assistant|"
        r"associate|representative|rep|consultant|lead|leader|architect|scientist|researcher|"
        r"designer|director|officer|specialist|administrator|admin|technician|teller|driver|"
        r"mentor|cto|ceo|cfo|coo|cio|vp|president|founder|co-founder|cofounder|owner|member|"
        r"organi[sz]er|tester|editor|journalist|writer|reporter|employee|supervisor|instructor|"
        r"teacher|professor|lecturer|fellow|head|contractor|freelancer?|coordinator|trainee|"
        r"volunteer|sre|devops|r&d|tutor|ta|staff|principal|senior|sr|junior|jr|chef|cook|cashier|"
        r"clerk|nurse|accountant|auditor|advis[oe]r|agent|operator|executive|partner|strategist|"
        r"producer|technologist|evangelist|advocate|maintainer|contributor|speaker|author|student|"
        r"postdoc|postdoctoral|apprentice|worker|missionary|secretary|receptionist|planner|"
        r"recruiter|trainer|coach|counselor|attorney|lawyer|mechanic|inspector|webmaster|dba|"
        r"chief|expert|hacker|pentester|penetration|team",
        ignore_case=True,
    )
    + r"\b",
)
_ORG = CaseBlind(
    r"\b"
    + by_initial(
        r"inc|llc|ltd|corp|co(?=\.|,|\s*$)|company|corporation|gmbh|plc|pvt|limited|university|"
        r"college|institute|school|academy|bank|group|technologies|solutions|labs?|laboratory|"
        r"studio|agency|foundation|center|centre|hospital|council|ministry|department|government|"
        r"services|consulting|partners|ventures|capital|holdings|industries|enterprises|media|"
        r"church|club|society|association|command",
        ignore_case=True,
    )
    + r"\b",
)
# "Designation: Lead | Company: Acme | Duration: …": each piece may carry its own label.
_LABELLED = re.compile(
    r"^\s*(role|(?:job\s+)?title|position(?:\s+held)?|designation|client|company(?:\s+name)?|"
    r"employer|organi[sz]ation|duration|period|dates?|tenure|location|place|city)\s*:\s*",
    _I,
)
_LABEL_KIND = {
    "role": "title", "title": "title", "position": "title", "held": "title", "designation": "title",
    "client": "org", "company": "org", "name": "org", "employer": "org", "organisation": "org",
    "organization": "org", "location": "location", "place": "location", "city": "location",
}  # any other label (duration, dates…) introduces what the date reader already took
_SPLIT = re.compile(
    # Every separator opens with a space, a pipe or a dash: the lookahead tells the engine so.
    r"(?=[\s|–—])(?:\s+[|•·–—]\s+|\s*\|\s*|\s[–—-]\s|\s[–—](?=\S)|(?<=\S)[–—]\s|\t|\s{2,}|\s@\s|\s+at\s+(?=[A-Z]))"
)
_COMMA = re.compile(r",\s*")
_SUFFIX_WORDS = (
    r"Inc\.?|LLC|Ltd\.?|Corp\.?|Co\.|Company|Corporation|GmbH|Group|Technologies|Technology|Solutions|"
    r"Systems|Labs?|Laboratory|Studio|Agency|Networks|Software|Consulting|Partners|Services|"
    r"Industries|Media|Electronics|Bank|Foundation|Hospital"
)
# An employer name followed by a city: the city's words are no company suffixes (a city may
# be "College Station" or "University Park", so academic words are allowed there).
_ORG_THEN_CITY = re.compile(
    rf"^(.*?\b(?:{_SUFFIX_WORDS}|University|College|Institute|School|Academy|Center|Centre))"
    rf"\s+((?!(?:{_SUFFIX_WORDS})\b)[A-Z][\w.'’-]*(?:\s(?!(?:{_SUFFIX_WORDS})\b)[A-Z][\w.'’-]*){{0,2}})$"
)
_REGION_TAIL = re.compile(r"^[A-Z]{2}$|^[A-Z]\.\s?[A-Z][a-z]+$")
_CORP_TAIL = re.compile(r"^(?:inc|llc|ltd|corp|co|gmbh|plc|s\.a|ag|llp|lp)\b\.?$", _I)



def names_a_job(text: str) -> bool:
    """Whether a text holds a job word (engineer, manager, intern…): a title, not a name."""
    return _JOB.found(text)


def is_senior(title: str) -> bool:
    return _SENIOR.found(title) and not _NOT_SENIOR.found(title)


def _parts(fragment: str) -> list[tuple[str, str | None]]:
    """Pieces of one header fragment, each with the label it carried ("title", "org",
    "location"); a piece labelled with a date word ("Duration:") is dropped."""
    pieces: list[tuple[str, str | None]] = []
    for piece in _SPLIT.split(fragment):
        label = None
        m = _LABELLED.match(piece) if ":" in piece else None  # every label ends with one
        if m:
            label = _LABEL_KIND.get(m.group(1).lower().split()[-1], "skip")
            piece = piece[m.end() :]
        piece = piece.strip(" |,;:-–—")
        if not piece or label == "skip":
            continue
        if (
            ":" in piece
            and "(" not in piece.split(":")[0]
            and len(piece.split(":")[0].split()) <= 4
        ):
            head, _, tail = piece.partition(":")
            pieces.extend((p.strip(), label) for p in (head, tail) if p.strip())
        else:
            pieces.append((piece, label))
    return pieces


def _comma_split(piece: str) -> list[str]:
    out: list[str] = []
    for part in _COMMA.split(piece):
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]}, {part.strip()}"  # "(Contract, Remote)" is one aside
        elif out and len(part.strip()) <= 5 and _CORP_TAIL.match(part.strip()):  # "Inc."
            out[-1] = f"{out[-1]}, {part.strip()}"
        elif part.strip():
            out.append(part.strip())
    return out


def _peel_location(piece: str) -> tuple[str, str | None]:
    """("Maple Systems", "Austin, TX") from "Maple Systems Austin, TX"; a piece without a
    place comes back whole."""
    parts = _comma_split(piece)
    for k in (2, 1):
        if len(parts) > k and is_location(", ".join(parts[-k:])):
            head, place = ", ".join(parts[:-k]), ", ".join(parts[-k:])
            break
    else:
        if len(parts) < 2 or not _REGION_TAIL.match(parts[-1]):
            return piece, None
        head, place = ", ".join(parts[:-1]), parts[-1]
    before, _, last = head.rpartition(", ")
    m = _ORG_THEN_CITY.match(last)
    if m and not _JOB.found(m.group(2)):
        # "Texas A&M University College Station, TX": the city follows the employer.
        head, place = f"{before}, {m.group(1)}" if before else m.group(1), f"{m.group(2)}, {place}"
    return head.strip(), place


def split_title_org(header: Sequence[str]) -> tuple[str, str | None, str | None]:
    """(title, organisation, location) from a role's header fragments."""
    candidates: list[tuple[str, str | None]] = []
    location = None
    for fragment in header:
        for piece, label in _parts(fragment):
            if label == "location":
                location = location or piece
                continue
            if is_location(piece):
                head, _, region = piece.partition(",")
                m = _ORG_THEN_CITY.match(head.strip())
                if not m:
                    location = location or piece
                    continue
                piece = f"{m.group(1)}, {m.group(2)},{region}"  # "Acme Networks Halifax, Canada"
            piece, place = _peel_location(piece)
            location = location or place
            for part in _comma_split(piece) if label is None else [piece]:
                if is_location(part):
                    location = location or part
                    continue
                candidates.append((part, label))
    if not candidates:
        return ("", None, location)

    # Job words make a title, employer words an employer; a label outweighs both.
    jobs = [_JOB.count(text) for text, _ in candidates]
    orgs = [_ORG.count(text) for text, _ in candidates]
    title_scores = [
        (10.0 if label == "title" else 0.0) + 2 * j - 2 * o - (5 if label == "org" else 0)
        for (_, label), j, o in zip(candidates, jobs, orgs)
    ]
    best = max(range(len(candidates)), key=lambda k: (title_scores[k], -k))
    title = candidates[best][0] if title_scores[best] > 0 else candidates[0][0]
    rest = [k for k, (text, _) in enumerate(candidates) if text != title]
    org = None
    if rest:
        org_scores = {
            k: (10 if candidates[k][1] == "org" else 0) + orgs[k] - jobs[k] for k in rest
        }
        org = candidates[max(rest, key=org_scores.__getitem__)][0]
    if title[-1:] in ("m", "e", "M", "E"):  # it ends in "from" or "since"
        title = _FROM_SINCE.sub("", title)
    return (title[:120], org[:120] if org else None, location)


_FROM_SINCE = re.compile(r"\s+(?:from|since)$", _I)
