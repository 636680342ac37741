"""Draw one fictional résumé from a seed: the content, independent of the file format.

`make_resume(seed, index)` depends on nothing but its two arguments, so the benchmark set is
the same whichever worker process builds which file.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import bench_words as W

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FULL = ("January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December")
LATEST = 2026 * 12 + 9  # October 2026, as a month index


@dataclass(frozen=True)
class Role:
    title: str
    org: str
    place: str
    dates: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class Resume:
    name: str
    headline: str
    email: str
    phone: str
    location: str
    links: tuple[str, ...]
    summary: str
    roles: tuple[Role, ...]
    education: tuple[str, ...]
    skills: tuple[tuple[str, str], ...]
    talks: tuple[str, ...]
    layout: str  # PDF: one, two; DOCX: plain, table, header
    long: bool  # aim for two pages


def _date_style(rng: random.Random):
    present = rng.choice(("Present", "Present", "Current", "present", "Now"))
    dash = rng.choice((" – ", " - ", "–", " — ", " to "))
    style = rng.randrange(5)

    def one(m: int | None) -> str:
        if m is None:
            return present
        y, mo = divmod(m, 12)
        return (f"{MONTHS[mo]} {y}", f"{mo + 1:02d}/{y}", f"{y}", f"{FULL[mo]} {y}",
                f"{MONTHS[mo]}. {y}")[style]

    return lambda s, e: f"{one(s)}{dash}{one(e)}"


def _bullet(rng: random.Random, skills: dict[str, list[str]]) -> str:
    return rng.choice(W.BULLETS).format(
        lang=rng.choice(skills["Languages"]), db=rng.choice(skills["Data"]),
        infra=rng.choice(skills["Cloud"]), obs=rng.choice(skills["Observability"]),
        area=rng.choice(W.AREAS), n=rng.randrange(2, 95), small=rng.randrange(2, 12),
    )


def _org(rng: random.Random) -> str:
    return " ".join(p for p in (rng.choice(W.ORG_A), rng.choice(W.ORG_B), rng.choice(W.ORG_C)) if p)


def make_resume(seed: int, index: int, fmt: str) -> Resume:
    rng = random.Random(f"{seed}:{index}")
    first, last = rng.choice(W.FIRST), rng.choice(W.LAST)
    long = rng.random() < 0.35
    skills = {g: rng.sample(items, rng.randint(2, 5)) for g, items in W.SKILLS.items()}
    known = [s for group in skills.values() for s in group]
    fmt_dates = _date_style(rng)
    n_roles = rng.randint(4, 7) if long else rng.randint(1, 4)
    level = min(len(W.LADDER) - 1, rng.randint(1, 3) + n_roles // 2)
    end: int | None = None if rng.random() < 0.8 else LATEST - rng.randrange(1, 14)
    roles = []
    for k in range(n_roles):
        stop = LATEST if end is None else end
        start = stop - rng.randint(8, 60)
        title = rng.choice(W.LADDER[max(1, level - k)])
        bullets = tuple(_bullet(rng, skills) for _ in range(rng.randint(3, 6) if long else rng.randint(2, 4)))
        roles.append(Role(title, _org(rng), rng.choice(W.PLACES), fmt_dates(start, end), bullets))
        end = start - rng.randint(1, 4)
    if rng.random() < 0.3:  # an internship before the first job
        stop = end or LATEST
        roles.append(Role(rng.choice(W.LADDER[0]), _org(rng), rng.choice(W.PLACES),
                          fmt_dates(stop - 3, stop), (_bullet(rng, skills),)))
    grad = (end or LATEST) // 12
    education = []
    for degree, _level in rng.sample(W.DEGREES, rng.randint(1, 3)):
        year = f"expected {LATEST // 12 + 1}" if rng.random() < 0.05 else str(grad)
        education.append(f"{degree}, {rng.choice(W.SCHOOLS)}, {year}")
        grad -= rng.randint(1, 3)
    years = (LATEST - (end or LATEST)) // 12 + 1
    groups = tuple((g, ", ".join(items)) for g, items in skills.items())
    talks = tuple(t.format(skill=rng.choice(known), n=rng.randrange(2, 60),
                           year=rng.randrange(2016, 2027))
                  for t in rng.sample(W.TALKS, rng.randint(1, 3))) if long else ()
    handle = f"{first}-{last}-{index}".lower()
    return Resume(
        name=f"{first} {last}",
        headline=roles[0].title,
        email=f"{first}.{last}{index}@example.com".lower(),
        phone=f"+1 ({rng.randrange(201, 989)}) 555-01{rng.randrange(100):02d}",
        location=rng.choice(W.PLACES),
        links=(f"github.com/{handle}",) if rng.random() < 0.5 else (),
        summary=(f"{roles[0].title} with {years}+ years of experience in "
                 f"{', '.join(rng.sample(known, 3))}. {_bullet(rng, skills)}"),
        roles=tuple(roles),
        education=tuple(education),
        skills=groups,
        talks=talks,
        layout=rng.choice(("one", "two") if fmt == "pdf" else ("plain", "table", "header")),
        long=long,
    )
