"""Skills extraction: precision on ambiguous names, implication, sections and months of use."""

from __future__ import annotations


import pytest

from screener.extract.skills import extract_skills
from screener.models import Document, Evidence, Line, Role, Section


def make_doc(*texts: str) -> Document:
    lines = tuple(Line(text, 1, i + 1) for i, text in enumerate(texts))
    return Document("made.pdf", "0" * 64, "pdf", 1, lines)


def names(*texts: str) -> set[str]:
    return {fact.name for fact in extract_skills(make_doc(*texts), (), ())}


# (text, skills that must be found, skills that must not)
PRECISION = [
    # Go only as the language
    ("Languages: Python, Go, Java", {"Go", "Python", "Java"}, set()),
    ("Built the billing service in Go and Python", {"Go", "Python"}, set()),
    ("Backend services written in Golang", {"Go"}, set()),
    ("Wrote a scheduler with Go language channels", {"Go"}, set()),
    ("Tooling: Python / Bash / Go", {"Go", "Python", "Bash"}, set()),
    ("The go-to person for on-call incidents", set(), {"Go"}),
    ("Helped the team go live in March", set(), {"Go"}),
    ("Owned the Go-To-Market launch plan", set(), {"Go"}),
    ("Deployment: GoCD, Jenkins, Docker", {"GoCD", "Jenkins", "Docker"}, {"Go"}),
    ("Pipelines on GO-CD and Travis-CI", {"GoCD", "Travis CI"}, {"Go"}),
    ("Had to let go of the legacy Java code", {"Java"}, {"Go"}),
    ("Ready to Go with Python", {"Python"}, set()),
    # Java is not JavaScript
    ("Skills: Java, JavaScript", {"Java", "JavaScript"}, set()),
    ("Front end in JavaScript and TypeScript", {"JavaScript", "TypeScript"}, {"Java"}),
    ("Certificate: Programming with Java Script", {"JavaScript"}, {"Java"}),
    ("Services in JAVA 8 and Kotlin", {"Java", "Kotlin"}, set()),
    # Node.js is not a cluster node
    ("Node.js, NodeJS and Node JS services", {"Node.js"}, set()),
    ("Stack: React, Node, MongoDB", {"Node.js", "React", "MongoDB"}, set()),
    ("Javascript (React, Node)", {"Node.js", "JavaScript"}, set()),
    ("Drained a Kubernetes node before the upgrade", {"Kubernetes"}, {"Node.js"}),
    ("Every Node in the cluster was patched", set(), {"Node.js"}),
    # AWS Lambda is not a Python lambda
    ("AWS Lambda and API work", {"AWS Lambda", "AWS"}, set()),
    ("AWS (S3, Lambda, DynamoDB)", {"AWS Lambda", "S3", "DynamoDB", "AWS"}, set()),
    ("Used Python lambda functions to sort records", {"Python"}, {"AWS Lambda", "AWS"}),
    ("Wrote Lambda expressions in Java", {"Java"}, {"AWS Lambda"}),
    ("Designed a Lambda Architecture on AWS", {"AWS"}, {"AWS Lambda"}),
    ("Greek gods: Athena, Aurora", set(), {"Athena", "Aurora", "AWS"}),
    ("Query engines: Athena, Glue, Redshift", {"Athena", "AWS Glue", "Redshift", "AWS"}, set()),
    ("Serverless Lambda functions behind Amazon API Gateway", {"AWS Lambda", "AWS"}, set()),
    # R and C only as languages
    ("Languages: C, C++, C#, R", {"C", "C++", "C#", "R"}, set()),
    ("Analysis in R and Python", {"R", "Python"}, set()),
    ("Worked closely with R&D and C-level executives", set(), {"R", "C"}),
    ("Raised a Series C round", set(), {"C"}),
    ("Experience with C/C++ and Python", {"C", "C++", "Python"}, set()),
    ("Paper with K. Lee and C. Stone on Python tooling", {"Python"}, {"C"}),
    ("Grades: A, B, C", set(), {"C"}),
    ("Microsoft(R) Excel and Python", {"Excel", "Python"}, {"R"}),
    ("Languages: Objective\u2011C, Swift, Python", {"Objective-C", "Swift", "Python"}, {"C"}),
    ("Member of the Python Software Foundation", set(), {"Python"}),
    # boundaries with symbols
    ("Skills: .NET, ASP.NET Core, C#", {".NET", "ASP.NET", "C#"}, set()),
    ("Modern C++17 and C# 10", {"C++", "C#"}, {"C"}),
    ("Ported VB.NET code to C#", {"VB.NET", "C#"}, {".NET"}),
    # parents only where declared
    ("Ran 40 services on EKS", {"EKS", "AWS", "Kubernetes"}, set()),
    ("Databases on Amazon RDS", {"RDS", "AWS"}, set()),
    ("Azure DevOps pipelines", {"Azure DevOps", "Azure"}, set()),
    ("Amazon warehouse driver, Google Play apps", set(), {"AWS", "GCP"}),
    ("Tracked funnels in Google Analytics", {"Google Analytics"}, {"GCP"}),
    ("Firebase storage for uploads", {"Firebase"}, {"GCP"}),
    ("Deployed on Google Cloud Platform", {"GCP"}, set()),
    ("Searched Kibana logs", {"Kibana"}, {"Elasticsearch"}),
    ("Observability with the ELK stack", {"Elasticsearch", "Kibana", "Logstash"}, set()),
    ("Spring Boot services", {"Spring Boot", "Spring Framework"}, {"Java"}),
    # organisations, projects and links named like technologies
    ("Certified by The Linux Foundation", set(), {"Linux"}),
    ("Patched the Linux kernel scheduler", {"Linux"}, set()),
    ("Tooling for the Kubernetes Community project", set(), {"Kubernetes"}),
    ("Code at github.com/jane/kafka-tools", set(), {"Kafka"}),
    ("Mail me: java.dev@example.com", set(), {"Java"}),
    ("Built on Socket.io and Node.js", {"WebSockets", "Node.js"}, set()),
    # other ambiguous words
    ("Took the helm of the platform team", set(), {"Helm"}),
    ("Packaged releases as Helm Charts", {"Helm"}, set()),
    ("Tools: kubectl, helm, Terraform", {"Helm", "Terraform"}, set()),
    ("Spring 2020 semester", set(), {"Spring Framework"}),
    ("Backend: Java, Spring, Hibernate", {"Spring Framework", "Java", "Hibernate"}, set()),
    ("Qualified 40 SQL's per month", set(), {"SQL"}),
    ("Wrote SQL queries and stored procedures", {"SQL"}, set()),
    ("Made the rest of the team faster", set(), {"REST APIs"}),
    ("Postgres and k8s", {"PostgreSQL", "Kubernetes"}, set()),
    ("OAuth authorization for the API, signed JWTs", {"OAuth2", "JWT"}, set()),
    ("CQRS with Event Sourcing", {"CQRS", "Event Sourcing"}, set()),
    ("Ran Event Storming workshops", {"Event Storming"}, {"Event Sourcing"}),
    ("Safe and reliable releases", set(), {"SAFe", "Scrum"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), PRECISION)
def test_precision(text: str, present: set[str], absent: set[str]) -> None:
    found = names(text)
    assert present <= found, f"{text!r}: missing {present - found}, found {found}"
    assert not (absent & found), f"{text!r}: wrongly found {absent & found}"


@pytest.mark.parametrize("kind", ["skills", "languages"])
def test_skills_section_accepts_a_bare_weak_name(kind: str) -> None:
    doc = make_doc("Skills", "Go", "R")
    sections = (Section(kind, Evidence("Skills", 1, 1), 1, 3),)
    found = {f.name: f for f in extract_skills(doc, sections, ())}
    assert {"Go", "R"} <= set(found)
    assert found["Go"].sections == (kind,)
    assert names("Go", "R") == set()  # the same lines outside a skills section


def test_references_and_interests() -> None:
    doc = make_doc("Skills: Jenkins, Go", "Interests", "Go, chess, hiking", "References", "Dr. Ann Jenkins")
    sections = (
        Section("skills", None, 0, 1),
        Section("interests", Evidence("Interests", 1, 2), 2, 3),
        Section("references", Evidence("References", 1, 4), 4, 5),
    )
    facts = {f.name: f for f in extract_skills(doc, sections, ())}
    assert [e.line for e in facts["Jenkins"].evidence] == [1]
    assert [e.line for e in facts["Go"].evidence] == [1]


def test_label_line_is_a_list() -> None:
    assert names("Languages: Go") == {"Go"}


def test_empty_document() -> None:
    assert extract_skills(make_doc(), (), ()) == ()


def test_implied_parent_records_the_child_and_its_evidence() -> None:
    facts = {f.name: f for f in extract_skills(make_doc("Intro", "Ran services on EKS"), (), ())}
    assert facts["EKS"].implied_by is None
    assert facts["AWS"].implied_by == "EKS"
    assert facts["AWS"].evidence == (Evidence("Ran services on EKS", 1, 2),)
    assert facts["AWS"].category == "cloud"


def test_named_parent_is_not_implied() -> None:
    facts = {f.name: f for f in extract_skills(make_doc("AWS", "Ran services on EKS"), (), ())}
    assert facts["AWS"].implied_by is None
    assert len(facts["AWS"].evidence) == 2


def test_evidence_is_deduplicated_in_document_order() -> None:
    doc = make_doc("Python", "Other", "Python and more Python", "Python")
    fact = next(f for f in extract_skills(doc, (), ()) if f.name == "Python")
    assert fact.mentions == 4
    assert [e.line for e in fact.evidence] == [1, 3, 4]


def role(title_line: int, start: str, end: str | None, months: int, bullets=(), counts=True) -> Role:
    return Role(
        title="Engineer", organization="Acme", location=None, start=start, end=end,
        months=months, senior=False, counts=counts,
        excluded_because=None if counts else "internship", section="experience",
        evidence=Evidence(f"title {title_line}", 1, title_line),
        bullets=tuple(Evidence(text, 1, line) for line, text in bullets),
    )


def test_months_union_overlapping_roles_and_present_end() -> None:
    doc = make_doc(
        "Engineer, Acme 2018-01 to 2019-12",       # 1
        "Built Kafka consumers in Python",         # 2
        "Engineer, Beta 2019-07 to Present",       # 3
        "Kafka streaming platform",                # 4
        "Intern, Gamma 2016-01 to 2016-12",        # 5
        "Kafka and Redis",                         # 6
        "Skills",                                  # 7
        "Kafka, Redis",                            # 8
    )
    roles = (
        role(1, "2018-01", "2019-12", 24, [(2, doc.lines[1].text)]),
        role(3, "2019-07", None, 29, [(4, doc.lines[3].text)]),  # to 2021-11
        role(5, "2016-01", "2016-12", 12, [(6, doc.lines[5].text)], counts=False),
    )
    sections = (
        Section("experience", None, 0, 6),
        Section("skills", Evidence("Skills", 1, 7), 7, 8),
    )
    facts = {f.name: f for f in extract_skills(doc, sections, roles)}
    kafka = facts["Kafka"]
    assert kafka.months == 47  # 2018-01 .. 2021-11, the overlap counted once
    assert kafka.last_used == "2021-11"
    assert kafka.in_roles == 2
    assert kafka.sections == ("experience", "skills")
    assert kafka.mentions == 4
    python = facts["Python"]
    assert (python.months, python.last_used, python.in_roles) == (24, "2019-12", 1)
    redis = facts["Redis"]  # only in the internship (not counted) and the skills list
    assert (redis.months, redis.last_used, redis.in_roles) == (0, None, 0)


def test_wrapped_bullet_covers_its_continuation_line() -> None:
    doc = make_doc("Engineer 2020-01 to 2020-12", "Moved the queue from RabbitMQ", "to Kafka on AWS")
    joined = "Moved the queue from RabbitMQ to Kafka on AWS"
    roles = (role(1, "2020-01", "2020-12", 12, [(2, joined)]),)
    facts = {f.name: f for f in extract_skills(doc, (), roles)}
    assert facts["Kafka"].months == 12
    assert facts["AWS"].in_roles == 1


def test_a_long_document_counts_every_mention() -> None:
    lines = [
        "Built Go and Python services on AWS EKS with Kafka, PostgreSQL and Redis; "
        "deployed with Terraform and Helm, monitored with Prometheus and Grafana."
    ] * 400
    found = {s.name: s for s in extract_skills(make_doc(*lines), (), ())}
    for name in ("Go", "Python", "EKS", "Kafka", "PostgreSQL", "Redis", "Terraform", "Helm"):
        assert found[name].mentions == 400, name


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Reacted fast; react to incidents", set(), {"React"}),
        ("Front end: React, Redux", {"React", "Redux"}, set()),
        ("Tools: react, redux, webpack", {"React", "Redux", "Webpack"}, set()),
        ("Computed angular momentum", set(), {"Angular"}),
        ("Bootstrapped the startup; bootstrap funding", set(), {"Bootstrap"}),
        ("Had a rest day; REST APIs in Flask", {"REST APIs", "Flask"}, set()),
        ("Rest of the plan", set(), {"REST APIs"}),
        ("Soap opera fan; SOAP services", {"SOAP"}, set()),
        ("Improved airflow in the HVAC unit", set(), {"Apache Airflow"}),
        ("Orchestrated jobs with Airflow", {"Apache Airflow"}, set()),
        ("Installed parquet flooring", set(), {"Parquet"}),
        ("Postman, Royal Mail", set(), {"Postman"}),
        ("API tests: Postman, Newman, Jest", {"Postman", "Jest"}, set()),
        ("Wrote Selenium and Postman test suites", {"Selenium", "Postman"}, set()),
        ("Metrics with Prometheus, and Jaeger tracing", {"Prometheus", "Jaeger"}, set()),
        ("Java Developer, Oracle", {"Java"}, {"Oracle Database"}),
        ("Systems / Infrastructure Engineer | Oracle", set(), {"Oracle Database"}),
        ("Databases: Oracle, PostgreSQL", {"Oracle Database", "PostgreSQL"}, set()),
        ("Secrets in Azure Key Vault", {"Azure Key Vault", "Azure"}, {"HashiCorp Vault"}),
        ("Uses R to analyse survey data", {"R"}, set()),
        ("Frontend in Angular and Go. Other work", {"Angular", "Go"}, set()),
        ("Java/Spring services for billing", {"Java", "Spring Framework"}, set()),
        ("Python and Go live in March", {"Python"}, {"Go"}),
        ("Data replication across regions", {"Database Replication"}, set()),
        ("Replication of the study results", set(), {"Database Replication"}),
        ("Carried the torch for quality", set(), {"PyTorch"}),
        ("Tools: Kubernetes, Helm, Argo CD", {"Helm", "Kubernetes", "Argo CD"}, set()),
    ],
)
def test_common_words_named_like_tools(text: str, present: set[str], absent: set[str]) -> None:
    found = names(text)
    assert present <= found, f"{text!r}: missing {present - found}, found {found}"
    assert not (absent & found), f"{text!r}: wrongly found {absent & found}"


def found_in(kind: str, *texts: str) -> set[str]:
    """The skills found when the lines stand in one section of `kind` (after a heading)."""
    doc = make_doc("Heading", *texts)
    sections = (Section(kind, Evidence("Heading", 1, 1), 1, len(texts) + 1),)
    return {fact.name for fact in extract_skills(doc, sections, ())}


# (section kind, text, skills that must be found, skills that must not)
PLACES = [
    ("header", "Bandung, West Java, Indonesia · priya.r@example.com", set(), {"Java"}),
    ("header", "Semarang, Central Java · +62 555 0100 200", set(), {"Java"}),
    ("header", "East Java, Indonesia", set(), {"Java"}),
    ("contact", "West Java", set(), {"Java"}),
    ("header", "Jenkins, KY 40000 | dana.w@example.org", set(), {"Jenkins"}),
    ("header", "Mesa, AZ · Phoenix, AZ · Python and Go", {"Python"}, {"Phoenix"}),
    ("contact", "Delphi, IN 46923", set(), {"Delphi"}),
    ("header", "Python | Go | Kubernetes", {"Python", "Go", "Kubernetes"}, set()),
    ("header", "Python, Go · sam.k@example.com · (555) 010-4477", {"Python", "Go"}, set()),
    ("header", "Java Developer · Surabaya, East Java", {"Java"}, set()),
    ("header", "Kafka, Terraform and Java", {"Kafka", "Terraform", "Java"}, set()),
    ("header", "Java, Indonesia", set(), {"Java"}),
    ("header", "Python, Temporal, Bazel", {"Python"}, set()),
    ("experience", "Moved the team to East Java in 2019", set(), {"Java"}),
    ("experience", "Central Kafka cluster shared by 40 teams", {"Kafka"}, set()),
    ("skills", "Linux, Windows, macOS", {"Linux"}, set()),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), PLACES)
def test_places_are_not_skills(kind: str, text: str, present: set[str], absent: set[str]) -> None:
    found = found_in(kind, text)
    assert present <= found, f"{text!r}: missing {present - found}, found {found}"
    assert not (absent & found), f"{text!r}: wrongly found {absent & found}"


def test_address_rule_keeps_a_skill_line_that_is_no_place() -> None:
    doc = make_doc("Ana Souza", "Linux, Windows, macOS", "Kafka, Wien 1010 · ana.s@example.com")
    sections = (Section("header", None, 0, 3),)
    found = {f.name: f for f in extract_skills(doc, sections, ())}
    assert [e.line for e in found["Linux"].evidence] == [2]
    assert "Kafka" not in found  # a comma item beside a postcode on a contact line: a place


# (section kind, text, skills that must be found, skills that must not)
WEAK_BEFORE_NOUN = [
    ("experience", "Scaled the Celery workers that score claims", {"Celery"}, set()),
    ("experience", "Published an R package for survey weighting", {"R"}, set()),
    ("experience", "Rewrote the Node backend in TypeScript", {"Node.js", "TypeScript"}, set()),
    ("experience", "Kept the Rails app and its billing jobs alive", {"Ruby on Rails"}, set()),
    ("projects", "Spark jobs feeding the lakehouse", {"Apache Spark"}, set()),
    ("research", "Maintains an R package for survey weighting", {"R"}, set()),
    ("other", "Celery workers beside Redis queues", {"Celery", "Redis"}, set()),
    ("other", "Celery workers for the scoring team", set(), {"Celery"}),
    ("summary", "Known as the go-to engineer for Python services", {"Python"}, {"Go"}),
    ("experience", "Every Node in the cluster was patched", set(), {"Node.js"}),
    ("experience", "Resized the Kubernetes node pools", {"Kubernetes"}, {"Node.js"}),
    ("experience", "Worked with R&D teams on Python services", {"Python"}, {"R"}),
    ("experience", "Briefed C-level staff on the Kafka platform", {"Kafka"}, {"C"}),
    ("experience", "Used Python lambda functions to sort records", {"Python"}, {"AWS Lambda"}),
    ("experience", "Integrated the American Express API in Python", {"Python"}, {"Express.js"}),
    ("experience", "Ran the Hong Kong services desk with Python tools", {"Python"}, {"Kong"}),
    ("experience", "SWIFT services for payments, in Java", {"Java"}, {"Swift"}),
    ("experience", "Helped the team react app-wide to incidents", set(), {"React"}),
    ("experience", "Plans to Go live with Django in May", {"Django"}, {"Go"}),
    ("interests", "Go club captain and chess", set(), {"Go"}),
    ("experience", "Scaled the Django Celery workers", {"Django", "Celery"}, set()),
    ("experience", "Cut costs in Q3. Celery workers now autoscale", {"Celery"}, set()),
    ("experience", "Led the Phoenix project to rebuild billing in Java", {"Java"}, {"Phoenix"}),
    ("experience", "Rebuilt the City of Phoenix services portal in Java", {"Java"}, {"Phoenix"}),
    ("experience", "Made good use of Celery workers", {"Celery"}, set()),
    ("experience", "EDA scripts for the churn study in Python", {"Python"}, {"Event-Driven Architecture"}),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), WEAK_BEFORE_NOUN)
def test_weak_name_before_a_tech_noun(kind: str, text: str, present: set[str], absent: set[str]) -> None:
    found = found_in(kind, text)
    assert present <= found, f"{text!r}: missing {present - found}, found {found}"
    assert not (absent & found), f"{text!r}: wrongly found {absent & found}"


# RDS alone is also Remote Desktop Services: it needs AWS, a sibling or a database engine.
RDS = [
    ("Runs Windows Server, Active Directory and RDS for 120 users",
     {"Windows Server", "Active Directory"}, {"RDS", "AWS"}),
    ("Remote Desktop (RDS) gateways and Hyper-V hosts", set(), {"RDS", "AWS"}),
    ("Skills: RDS, Hyper-V, VMware", set(), {"RDS", "AWS"}),
    ("RDS (PostgreSQL) snapshots and failover drills", {"RDS", "PostgreSQL", "AWS"}, set()),
    ("Moved MySQL onto RDS", {"RDS", "MySQL", "AWS"}, set()),
    ("Databases on Amazon RDS", {"RDS", "AWS"}, set()),
    ("AWS: EC2, S3, RDS", {"RDS", "EC2", "S3", "AWS"}, set()),
    ("RDS, DynamoDB, S3", {"RDS", "DynamoDB", "S3", "AWS"}, set()),
    ("Relational Database Service backups", {"RDS", "AWS"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), RDS)
def test_rds_needs_an_aws_or_database_context(text: str, present: set[str], absent: set[str]) -> None:
    found = names(text)
    assert present <= found, f"{text!r}: missing {present - found}, found {found}"
    assert not (absent & found), f"{text!r}: wrongly found {absent & found}"


# A name before Award/Prize/Medal/... names an honour, not the tool.
HONOURS = [
    ("Won the Prometheus Award for a novel", set(), {"Prometheus"}),
    ("Shortlisted for the Kafka Prize", set(), {"Kafka"}),
    ("Python Scholarship recipient, 2019", set(), {"Python"}),
    ("Received the Kubernetes Fellowship and a Docker medal", set(), {"Kubernetes"}),
    ("Prometheus alerts and Grafana awards dashboards", {"Prometheus"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), HONOURS)
def test_honours_named_like_tools(text: str, present: set[str], absent: set[str]) -> None:
    found = names(text)
    assert present <= found, f"{text!r}: missing {present - found}, found {found}"
    assert not (absent & found), f"{text!r}: wrongly found {absent & found}"


def test_organisation_word_across_a_wrapped_line_but_not_a_heading() -> None:
    wrapped = make_doc("Built tools for the Kubernetes", "Community forum moderators")
    assert "Kubernetes" not in {f.name for f in extract_skills(wrapped, (), ())}
    doc = make_doc("Skills: Linux, Python", "Community Service", "Food bank volunteer")
    sections = (
        Section("skills", None, 0, 1),
        Section("volunteering", Evidence("Community Service", 1, 2), 2, 3),
    )
    assert {"Linux", "Python"} <= {f.name for f in extract_skills(doc, sections, ())}


def test_tables_name_canonical_skills() -> None:
    """A misspelt name in a table's "absent" set would make its case pass for nothing."""
    from screener.taxonomy import load_taxonomy

    known = set(load_taxonomy().names)
    rows = [row[-2:] for row in (*PRECISION, *PLACES, *WEAK_BEFORE_NOUN, *RDS, *HONOURS)]
    unknown = {name for present, absent in rows for name in present | absent} - known
    assert not unknown
