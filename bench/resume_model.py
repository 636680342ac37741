"""Draw one fictional résumé from a seed: the content, independent of the file format.

`make_resume(seed, index)` depends on nothing but its two arguments, so the benchmark set is
the same whichever worker process builds which file.
"""

from __future__ import annotations

import random
import re
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
    dates: str  # as printed
    bullets: tuple[str, ...]
    start: int  # month index (year * 12 + month - 1), for checking what a reader found
    end: int | None  # None: present
    counts: bool = True  # False for internships


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
    degrees: tuple[str, ...]  # the level of each education line, e.g. "master"
    skills: tuple[tuple[str, str], ...]
    projects: tuple[str, ...]
    talks: tuple[str, ...]
    headings: tuple[str, ...]  # summary, experience, education, skills, projects, talks
    layout: str  # PDF: one, two; DOCX: plain, table, header
    years_only: bool  # dates printed as bare years, which read as January to December
    caps: bool  # headings in bold capitals instead of heading styles (DOCX)
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

    return lambda s, e: f"{one(s)}{dash}{one(e)}", style == 2


def _bullet(rng: random.Random, skills: dict[str, list[str]], template: str | None = None) -> str:
    return (template or rng.choice(W.BULLETS)).format(
        lang=rng.choice(skills["Languages"]), db=rng.choice(skills["Data"]),
        infra=rng.choice(skills["Cloud"]), obs=rng.choice(skills["Observability"]),
        area=rng.choice(W.AREAS), n=rng.randrange(2, 95), small=rng.randrange(2, 12),
    )


def _org(rng: random.Random) -> str:
    return " ".join(p for p in (rng.choice(W.ORG_A), rng.choice(W.ORG_B), rng.choice(W.ORG_C)) if p)


def make_resume(seed: int, index: int, fmt: str) -> Resume:
    rng = random.Random(f"{seed}:{index}")
    first, last = rng.choice(W.FIRST), rng.choice(W.LAST)
    long = rng.random() < 0.4
    skills = {g: rng.sample(items, rng.randint(3, 6)) for g, items in W.SKILLS.items()}
    known = [s for group in skills.values() for s in group]
    fmt_dates, years_only = _date_style(rng)
    n_roles = rng.randint(4, 8) if long else rng.randint(2, 5)
    level = min(len(W.LADDER) - 1, rng.randint(1, 3) + n_roles // 2)
    end: int | None = None if rng.random() < 0.8 else LATEST - rng.randrange(1, 14)
    roles = []
    for k in range(n_roles):
        start = (LATEST if end is None else end) - rng.randint(8, 60)
        n_bullets = rng.randint(4, 7) if long else rng.randint(3, 5)
        roles.append(Role(rng.choice(W.LADDER[max(1, level - k)]), _org(rng),
                          rng.choice(W.PLACES), fmt_dates(start, end),
                          tuple(_bullet(rng, skills, t) for t in rng.sample(W.BULLETS, n_bullets)),
                          start, end))
        end = start - rng.randint(1, 4)
    first_job = end + 1 if end is not None else LATEST
    if rng.random() < 0.3:  # an internship before the first job
        roles.append(Role(rng.choice(W.LADDER[0]), _org(rng), rng.choice(W.PLACES),
                          fmt_dates(first_job - 4, first_job - 2), (_bullet(rng, skills),),
                          first_job - 4, first_job - 2, counts=False))
    grad = first_job // 12
    education, degrees = [], []
    for degree, level_name in sorted(rng.sample(W.DEGREES, rng.randint(1, 3)),
                                     key=lambda d: -W.LEVEL_RANK[d[1]]):
        unfinished = rng.random() < 0.05
        year = f"expected {LATEST // 12 + 1}" if unfinished else str(grad)
        education.append(f"{degree}, {rng.choice(W.SCHOOLS)}, {year}")
        degrees.append("unfinished" if unfinished else level_name)
        grad -= rng.randint(4, 6) if level_name == "doctorate" else rng.randint(1, 3)
    years = (LATEST - first_job) // 12 + 1
    projects = tuple(rng.choice(W.PROJECTS).format(
        lang=rng.choice(skills["Languages"]), db=rng.choice(skills["Data"]),
        area=rng.choice(W.AREAS), n=rng.randrange(2, 90))
        for _ in range(rng.randint(2, 4))) if long or rng.random() < 0.3 else ()
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
                 f"{', '.join(rng.sample(known, 4))}. {_bullet(rng, skills)} "
                 f"{_bullet(rng, skills)}"),
        roles=tuple(roles),
        education=tuple(education),
        degrees=tuple(degrees),
        skills=tuple((g, ", ".join(items)) for g, items in skills.items()),
        projects=projects,
        talks=talks,
        headings=tuple(rng.choice(options) for options in W.HEADINGS),
        layout=rng.choice(("one", "two") if fmt == "pdf" else ("plain", "table", "header")),
        years_only=years_only,
        caps=rng.random() < 0.3,
        long=long,
    )


AS_OF = 2026 * 12 + 10  # November 2026: what "Present" means when checking a report
SENIOR = re.compile(
    r"\b(senior|sr|staff|principal|lead|architect|head|manager|director|vp|chief)\b", re.I
)
LEVELS = ("none", "associate", "bachelor", "master", "doctorate")


def expected_facts(r: Resume) -> dict:
    """What a correct reading gives under the labelling conventions, as of November 2026."""
    worked: set[int] = set()
    senior: set[int] = set()
    for role in r.roles:
        if not role.counts:
            continue
        start, end = role.start, AS_OF if role.end is None else role.end
        if r.years_only:  # "2019 – 2021" reads as January 2019 to December 2021
            start, end = start - start % 12, end if role.end is None else end - end % 12 + 11
        span = set(range(start, min(end, AS_OF) + 1))
        worked |= span
        if SENIOR.search(role.title):
            senior |= span
    done = [level for level in r.degrees if level in LEVELS]
    return {
        "name": r.name,
        "email": r.email,
        "highest_degree": max(done, key=LEVELS.index, default="none"),
        "experience_years": round(len(worked) / 12, 1),
        "senior_years": round(len(senior) / 12, 1),
    }
