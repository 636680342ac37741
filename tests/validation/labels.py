"""Expected facts for each validation résumé, written by hand from its text.

Years follow the shared labelling conventions (../shared/README.md, "Measuring accuracy"),
computed here from the role list, independently of the screener: "Present" is the as-of
month (2026-11); months count inclusively; a bare year runs January to December;
internships, co-ops, student jobs and volunteering are listed with counts=False; senior
titles are those naming senior, sr, staff, principal, lead, architect, head, manager,
director, VP or chief (CTO…); overlapping months count once. Skills use the canonical
names of screener/data/skills.yaml; `absent` holds the traps each case sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

AS_OF = (2026, 11)
_SENIOR = re.compile(
    r"\b(senior|sr|staff|principal|lead|architect|head|manager|director|vp|vice president|"
    r"chief|cto|ceo|cio|ciso|coo)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class R:
    """A role as the résumé states it: start and end as 'YYYY-MM' (end None: Present)."""

    title: str
    start: str
    end: str | None
    counts: bool = True

    @property
    def senior(self) -> bool:
        return bool(_SENIOR.search(self.title))

    def months(self) -> set[int]:
        def index(text: str) -> int:
            year, month = text.split("-")
            return int(year) * 12 + int(month) - 1

        last = index(self.end) if self.end else AS_OF[0] * 12 + AS_OF[1] - 1
        return set(range(index(self.start), last + 1))


@dataclass(frozen=True)
class Label:
    name: tuple[str, ...]  # accepted spellings
    email: str
    degree: str  # none, associate, bachelor, master, doctorate
    roles: tuple[R, ...]
    present: tuple[str, ...]
    absent: tuple[str, ...]

    @property
    def experience_years(self) -> float:
        return _years(r for r in self.roles if r.counts)

    @property
    def senior_years(self) -> float:
        return _years(r for r in self.roles if r.counts and r.senior)


def _years(roles) -> float:
    months: set[int] = set()
    for role in roles:
        months |= role.months()
    return round(len(months) / 12, 1)


def L(name, email, degree, roles, present, absent=()) -> Label:  # noqa: N802 - table shorthand
    names = (name,) if isinstance(name, str) else tuple(name)
    return Label(names, email, degree, tuple(roles), tuple(present), tuple(absent))


LABELS: dict[str, Label] = {
    "allcaps-work-history": L(
        "Priya Vanterpool", "priya.vanterpool@example.com", "bachelor",
        [R("Sr. Software Engineer", "2018-01", None), R("Software Engineer", "2014-06", "2017-12"),
         R("Software Engineering Intern", "2013-06", "2013-08", counts=False)],
        ["Go", "Java", "JavaScript", "Python", "Kubernetes", "PostgreSQL", "Terraform", "Docker"],
        ["C", "Node.js"]),
    "docx-colon-headings-dates-below": L(
        "Daniel R. Whitcombe", "d.whitcombe@example.com", "bachelor",
        [R("Lead Developer", "2020-01", None), R("Software Developer", "2015-09", "2019-12"),
         R("Summer Intern", "2014-07", "2014-08", counts=False)],
        ["C#", ".NET", "Azure", "SQL Server", "JavaScript", "Docker"],
        ["Java", "Go"]),
    "iso-dates-employment": L(
        "Tomasz Kerrigan", "tomasz.kerrigan@example.com", "master",
        [R("Staff Engineer", "2021-03", None), R("Backend Engineer", "2018-01", "2021-02"),
         R("Software Developer", "2015-07", "2017-12")],
        ["Go", "Python", "C", "R", "Kafka", "PostgreSQL", "Kubernetes", "Docker"],
        ["AWS Lambda", "AWS"]),
    "pipe-title-org-city": L(
        "Aisling Montrose", "aisling.montrose@example.com", "bachelor",
        [R("Solutions Architect", "2021-04", None), R("Software Engineer", "2017-07", "2021-03"),
         R("Junior Developer", "2016-01", "2017-06")],
        ["AWS", "EKS", "RDS", "SQS", "Node.js", "TypeScript", "Terraform", "PostgreSQL"],
        ["Java"]),
    "org-above-title-years": L(
        "Ravindra Kulkarni", "ravindra.kulkarni@example.com", "bachelor",
        [R("Tech Lead", "2020-01", None), R("Senior Software Engineer", "2017-01", "2019-12"),
         R("Software Engineer", "2014-01", "2016-12"),
         R("Associate Software Engineer", "2012-01", "2013-12")],
        ["Java", "Spring Boot", "Microservices", "Kubernetes", "MySQL", "Jenkins"],
        ["JavaScript"]),
    "apostrophe-years-meng": L(
        "Oluwaseun Adeyemi-Hart", "seun.hart@example.com", "master",
        [R("Head of Platform", "2020-01", None), R("Platform Engineer", "2016-01", "2019-12"),
         R("Graduate Engineer", "2014-01", "2015-12")],
        ["Kubernetes", "Terraform", "Ansible", "Prometheus", "Grafana", "ELK Stack", "Python"],
        ["Go", "Node.js"]),
    "since-todate-courier": L(
        "Marguerite Bellamy", "m.bellamy@example.com", "master",
        [R("Principal Consultant", "2020-01", None),
         R("Freelance Backend Developer", "2019-01", None),
         R("Developer", "2013-01", "2018-12")],
        ["Python", "Django", "Java", ".NET", "Azure", "Docker"],
        ["JavaScript", "C"]),
    "left-date-column": L(
        "Henrik Solberg", "henrik.solberg@example.com", "master",
        [R("Engineering Manager", "2021-03", None),
         R("Senior Backend Engineer", "2017-09", "2021-02"),
         R("Software Developer", "2015-09", "2017-08"),
         R("Research Assistant (during M.Sc.)", "2014-01", "2014-12", counts=False)],
        ["Kotlin", "Go", "Java", "C++", "gRPC", "Kafka", "PostgreSQL", "Redis", "Kubernetes"],
        ["C", "JavaScript"]),
    "no-headings": L(
        "Corinne Abernathy", "corinne.abernathy@example.com", "bachelor",
        [R("Director of Engineering", "2019-05", None),
         R("Software Engineer", "2012-08", "2019-04")],
        ["Ruby on Rails", "React", "Redis", "PostgreSQL", "AWS"],
        ["Python"]),
    "docx-header-contact-accents": L(
        "José Núñez", "jose.nunez@example.com", "master",
        [R("Senior Data Engineer", "2019-02", None), R("Data Engineer", "2015-10", "2019-01"),
         R("Teaching Assistant", "2013-09", "2015-06", counts=False)],
        ["Python", "SQL", "Kafka", "Apache Spark", "Apache Airflow", "GCP", "Tableau"],
        ["AWS"]),
    "docx-two-cell-table": L(
        "Imogen Fairweather", "imogen.f@example.com", "doctorate",
        [R("Principal Engineer", "2020-06", None), R("Staff Engineer", "2017-01", "2020-05"),
         R("Software Engineer", "2014-09", "2016-12"),
         R("Graduate Research Assistant", "2009-09", "2014-08", counts=False)],
        ["Go", "Rust", "gRPC", "Kubernetes", "Istio"],
        ["Linkerd", "C"]),
    "phd-candidate-academic": L(
        "Lucía Ferrándiz", "lucia.ferrandiz@example.com", "master",
        [R("Research Assistant", "2022-01", None, counts=False),
         R("Software Engineer II", "2019-01", "2022-12"),
         R("Software Engineer", "2016-01", "2018-12")],
        ["Python", "R", "C++", "Rust", "AWS Lambda", "DynamoDB", "Flask"],
        ["C", "Go"]),
    "expected-ms-coop": L(
        "Kwabena Osei-Mensah", "kwabena.om@example.com", "bachelor",
        [R("Software Developer", "2022-07", None),
         R("Software Engineering Co-op", "2021-01", "2021-08", counts=False),
         R("Summer Intern", "2020-05", "2020-08", counts=False)],
        ["JavaScript", "Node.js", "React", "PostgreSQL", "Java"],
        ["Go", "Kubernetes"]),
    "associate-pursuing-supervisor": L(
        "Dolores M. Quintanilla", "dolores.quintanilla@example.com", "associate",
        [R("IT Support Supervisor", "2019-03", None),
         R("Web Developer (part-time)", "2016-06", "2019-02"),
         R("Help Desk Technician", "2015-01", "2019-02")],
        ["PowerShell", "PHP", "MySQL", "JavaScript", "Linux"],
        ["Java", "RDS", "AWS"]),
    "mba-vp-qualifications": L(
        "Anand Raghunathan", "anand.r@example.com", "master",
        [R("VP Engineering", "2022-08", None), R("Engineering Manager", "2018-02", "2022-07"),
         R("Software Engineer", "2010-06", "2018-01")],
        ["AWS", "Kubernetes", "Kafka", "Java", "Jira"],
        ["JavaScript"]),
    "cto-core-competencies": L(
        "Beatrix Hollowell", "beatrix@hollowell.example.com", "master",
        [R("CTO", "2020-03", None), R("Solutions Architect", "2016-04", "2020-02"),
         R("Software Engineer", "2011-09", "2016-03")],
        ["AWS", "GCP", "Microservices", "CQRS", "Event Sourcing", "Go", "TypeScript"],
        ["Java"]),
    "british-airways-no-degree": L(
        "Callum Ferris", "callum.ferris@example.com", "none",
        [R("Lead Developer", "2019-10", None), R("Developer", "2015-03", "2019-09"),
         R("Support Analyst", "2012-01", "2015-02")],
        ["Python", "PostgreSQL", "AWS", "Docker", "Linux", "Bash"],
        ["Java"]),
    "volunteering-senior-citizen": L(
        "Mariam Haddad", "mariam.haddad@example.com", "bachelor",
        [R("Software Engineer", "2018-04", None), R("QA Analyst", "2015-06", "2018-03"),
         R("Senior Citizen Volunteer", "2012-01", None, counts=False),
         R("Coding Mentor", "2019-01", "2022-12", counts=False)],
        ["Go", "PHP", "Kubernetes", "Helm", "MySQL", "Selenium"],
        ["Python"]),
    "freelance-parttime-overlap": L(
        ("Nikolai Petrov-Strand", "Nikolai “Nick” Petrov-Strand", "Nick Petrov-Strand"),
        "nikolai@petrovstrand.example.com", "bachelor",
        [R("Freelance Software Developer", "2021-01", None),
         R("Backend Developer (part-time)", "2022-06", "2023-12"),
         R("Software Developer", "2016-09", "2020-12")],
        ["Python", "Django", "React", "Node.js", "C#", ".NET", "AWS Lambda", "SQL Server"],
        ["Java", "Go"]),
    "summer-internship-tech-lead": L(
        "Yuki Tanabe-Ross", "yuki.tanabe@example.com", "bachelor",
        [R("Tech Lead", "2022-11", None), R("Software Engineer", "2018-07", "2022-10"),
         R("Software Engineering Intern", "2017-06", "2017-08", counts=False)],
        ["C++", "Python", "CUDA", "Docker", "Linux"],
        ["C", "Go"]),
    "sept-emdash-apostrophe-name": L(
        "Graham O'Sullivan", "graham.osullivan@example.com", "bachelor",
        [R("Lead Developer", "2018-01", None), R("Developer", "2015-09", "2017-08"),
         R("Junior Developer", "2013-10", "2015-08")],
        ["C#", "Java", "AWS", "Linux", "Jenkins"],
        ["JavaScript"]),
    "docx-grouped-roles-inline-dates": L(
        "Fiona McAllister", "fiona.mcallister@example.com", "bachelor",
        [R("Architect, Payments", "2021-04", None), R("Senior Developer", "2018-01", "2021-03"),
         R("Developer", "2014-09", "2017-12"), R("Graduate Developer", "2013-08", "2014-08")],
        ["C#", ".NET", "RabbitMQ", "SQL Server", "Azure", "Event Sourcing", "CQRS"],
        ["Java"]),
    "skills-traps-sre": L(
        "Ingrid Vasquez-Thorne", "ingrid.vt@example.com", "bachelor",
        [R("Senior Site Reliability Engineer", "2019-06", None),
         R("Systems Engineer", "2014-03", "2019-05")],
        ["Python", "Java", "C", "R", "Ansible", "Linux", "ELK Stack", "Prometheus"],
        ["Go", "Node.js", "AWS Lambda", "JavaScript"]),
    "docx-date-table-rows": L(
        "Dewi Anggraini", "dewi.anggraini@example.com", "bachelor",
        [R("Staff Software Engineer", "2020-08", None),
         R("Software Engineer", "2016-02", "2020-07"),
         R("Industrial Training Intern", "2014-06", "2014-11", counts=False)],
        ["Go", "Python", "Django", "Kubernetes", "GCP", "PostgreSQL", "RabbitMQ", "Celery"],
        ["Java"]),  # "East Java" is a province
    "dr-chief-architect-phd": L(
        ("Samuel Achterberg", "Dr. Samuel Achterberg"),
        "samuel.achterberg@example.com", "doctorate",
        [R("Chief Architect", "2020-01", None),
         R("Senior Researcher", "2015-01", "2019-12"),
         R("PhD Researcher", "2011-01", "2015-12", counts=False)],
        ["Go", "Rust", "Kubernetes", "Linkerd", "PostgreSQL", "Python"],
        ["Istio", "Java"]),
    "date-first-till-date-projects": L(
        "Meera Krishnaswamy", "meera.k@example.com", "bachelor",
        [R("Senior Software Engineer", "2018-01", None),
         R("Software Engineer", "2015-06", "2017-12"),
         R("Open banking sandbox (project)", "2021-01", "2022-12", counts=False),
         R("Campus placement portal (project)", "2014-01", "2014-12", counts=False)],
        ["Go", "gRPC", "Redis", "Java", "Spring Boot", "PostgreSQL", "Node.js"],
        ["Python"]),
    "docx-position-company-period-table": L(
        "Thandiwe Mokoena", "thandi.mokoena@example.com", "bachelor",
        [R("Principal Software Engineer", "2019-11", None),
         R("Software Engineer", "2014-02", "2019-10"),
         R("Vacation Work Student", "2012-12", "2013-01", counts=False)],
        ["Kotlin", "Java", "Kubernetes", "Kafka", "AWS", "Terraform"],
        ["JavaScript"]),
    "credential-name-prose-skills": L(
        "Rosalind Achebe-Grant", "rosalind.ag@example.com", "doctorate",
        [R("Lead Data Scientist", "2020-04", None), R("Data Scientist", "2016-09", "2020-03")],
        ["Go", "R", "Kubernetes", "Python", "Apache Spark", "Celery"],
        ["Java"]),
    "docx-experience-and-education": L(
        "Wojciech Zieliński", "wojtek.zielinski@example.com", "master",
        [R("Software Architect", "2021-03", None),
         R("Contract Python Developer", "2018-10", "2021-02"),
         R("Python Developer", "2014-07", "2018-09")],
        ["Python", "PostgreSQL", "AWS", "SQS", "SNS", "AWS Lambda", "DynamoDB", "Docker"],
        ["Go"]),
    "promotion-one-line": L(
        "Beatriz Albuquerque", "beatriz.albuquerque@example.com", "bachelor",
        [R("Senior Software Engineer", "2019-01", None),
         R("Software Engineer", "2015-01", "2018-12"),
         R("Junior Developer", "2012-01", "2014-12")],
        ["Node.js", "TypeScript", "PostgreSQL", "MongoDB", "PHP", "MySQL"],
        ["Java"]),
}
