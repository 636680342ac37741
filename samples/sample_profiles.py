"""The fictional candidates behind samples/: what each résumé says, as data.

Every person, company, school, conference, e-mail address and link here is invented
(e-mail at example.com, phones in the 555-01xx range). Each role carries the dates as
written *and* as (year, month) pairs, so `generate.py` can state the expected facts under
the labelling conventions (inclusive months, a bare year runs January to December,
internships and student jobs excluded) without parsing its own output.
"""

from __future__ import annotations

from dataclasses import dataclass

YM = tuple[int, int]


@dataclass(frozen=True)
class Role:
    title: str
    org: str
    place: str
    dates: str  # as printed
    start: YM
    end: YM | None  # None: "Present"
    bullets: tuple[str, ...]
    counts: bool = True  # False for internships and jobs held as a student


@dataclass(frozen=True)
class Degree:
    line: str  # as printed: degree, field, school
    when: str  # as printed: "2012", "expected 2027"
    level: str  # bachelor, master, doctorate, associate
    completed: bool = True
    note: str = ""


@dataclass(frozen=True)
class Profile:
    name: str
    headline: str
    email: str
    phone: str
    location: str
    links: tuple[str, ...]
    summary: str
    roles: tuple[Role, ...]
    education: tuple[Degree, ...]
    skills: tuple[tuple[str, str], ...]  # (group, comma-separated items)
    talks: tuple[str, ...] = ()
    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (heading, lines)


DANA = Profile(
    name="Dana Whitfield",
    headline="Principal Backend Architect",
    email="dana.whitfield@example.com",
    phone="+1 (718) 555-0142",
    location="Brooklyn, NY",
    links=("github.com/dana-whitfield-example", "linkedin.com/in/dana-whitfield-example"),
    summary=(
        "Backend architect with 14+ years of experience designing distributed systems in Go, "
        "Python and Node.js. Led the move of a payments platform to event-driven microservices "
        "serving 10M users at 150k requests per second, and mentor senior engineers through "
        "architecture reviews."
    ),
    roles=(
        Role(
            "Principal Backend Architect", "Northwind Ledger Inc.", "New York, NY",
            "Mar 2019 – Present", (2019, 3), None,
            (
                "Designed the event-sourced ledger (CQRS, Kafka, PostgreSQL) that settles 4M "
                "transactions a day with zero data loss across two AWS regions.",
                "Led the migration of 60 services to Kubernetes on EKS with an Istio service "
                "mesh; p99 latency fell from 480 ms to 120 ms.",
                "Built the API gateway with token-bucket rate limiting and OAuth2/JWT "
                "authentication, sustaining 150k requests per second at peak.",
                "Moved all AWS infrastructure (EKS, RDS, ElastiCache, SQS, SNS) to Terraform; "
                "added Prometheus and Grafana dashboards with SLO-based alerts.",
                "Mentor six senior engineers and chair the weekly architecture review.",
            ),
        ),
        Role(
            "Senior Software Engineer", "Bluefin Logistics", "Jersey City, NJ",
            "2015 - 2019", (2015, 1), (2019, 12),
            (
                "Split a Python monolith into 14 Go microservices talking over SQS/SNS and gRPC.",
                "Tuned PostgreSQL (partitioning, streaming replication, PgBouncer) for 10M "
                "users; p95 query time down 70%.",
                "Added Redis caching for route quotes, cutting database load by 45%.",
            ),
        ),
        Role(
            "Software Engineer", "Cobalt Harbor Systems", "Boston, MA",
            "09/2012 – 02/2015", (2012, 9), (2015, 2),
            (
                "Built REST APIs in Node.js and Python for a SaaS billing product and load "
                "tested them to 20k req/sec.",
                "Set up ELK stack logging and the on-call runbooks.",
            ),
        ),
        Role(
            "Software Engineering Intern", "Quarry Labs", "Cambridge, MA",
            "Jun 2011 – Aug 2011", (2011, 6), (2011, 8),
            ("Prototyped a Memcached-backed session store in Java.",),
            counts=False,
        ),
    ),
    education=(
        Degree("M.S. Computer Science, Hudson Valley Institute of Technology", "2012", "master"),
        Degree("B.Sc. Computer Engineering, Lakeshore State University", "2010", "bachelor"),
    ),
    skills=(
        ("Languages", "Go, Python, Node.js, TypeScript, SQL"),
        ("Data", "PostgreSQL, Redis, Kafka, DynamoDB, Elasticsearch"),
        ("Cloud", "AWS (EKS, RDS, ElastiCache, SQS, SNS), Kubernetes, Istio, Terraform, Helm"),
        ("Observability", "Prometheus, Grafana, ELK stack, OpenTelemetry"),
        ("Practices", "CQRS, event sourcing, domain-driven design, rate limiting, OAuth2, JWT"),
    ),
    talks=(
        "“Event Sourcing Without Regret: Five Years of a Ledger on PostgreSQL”, "
        "DistSys Summit, Chicago, 2023.",
        "“Backpressure-Aware Rate Limiting for Multi-Tenant APIs”, Workshop on Cloud "
        "Reliability (WCR ’21), pp. 14–22, 2021.",
        "Maintainer of pgoutbox, an open-source transactional outbox library for Go "
        "(2.1k GitHub stars).",
    ),
)

ROWAN = Profile(
    name="Rowan Achterberg",
    headline="Staff Engineer · Backend Platform",
    email="rowan.achterberg@example.com",
    phone="+1 303 555 0187",
    location="Remote (US)",
    links=("github.com/r-achterberg-example",),
    summary=(
        "Staff engineer and backend architect with 12 years of industry experience after a "
        "PhD on consensus protocols. I design systems for millions of concurrent users and "
        "keep them fast, observable and secure."
    ),
    roles=(
        Role(
            "Staff Engineer, Backend Platform", "Tallgrass Health", "Remote",
            "Jan 2021 – Present", (2021, 1), None,
            (
                "Architect of the claims platform: 35 Go and Python microservices on "
                "Kubernetes (EKS) with a Linkerd service mesh, 2M concurrent users at peak.",
                "Designed multi-region PostgreSQL with logical replication and sharding; p99 "
                "read latency under 15 ms.",
                "Replaced nightly batch jobs with an event-driven architecture on Kafka and SQS "
                "and CQRS read models.",
                "Led the security review: OAuth2/OIDC with JWT access tokens, mTLS between "
                "services, field-level encryption.",
            ),
        ),
        Role(
            "Lead Backend Engineer", "Meridian Freightworks", "Denver, CO",
            "Jun 2017 – Dec 2020", (2017, 6), (2020, 12),
            (
                "Led a team of 7 building the shipment tracking API (Node.js, PostgreSQL, "
                "Redis): 120k req/sec at peak behind an API gateway with rate limiting.",
                "Introduced Terraform and CloudFormation modules, auto-scaling groups and "
                "load balancers.",
                "Rolled out Prometheus, Grafana and the ELK stack; on-call pages down 40%.",
            ),
        ),
        Role(
            "Senior Software Engineer", "Aspen Circuit Analytics", "Boulder, CO",
            "Sep 2014 – May 2017", (2014, 9), (2017, 5),
            (
                "Built the machine learning model serving layer in Python with canary "
                "deployments.",
                "Query tuning and indexing on PostgreSQL and Memcached cut report time 5x.",
            ),
        ),
        Role(
            "Graduate Research Assistant", "Front Range University", "Boulder, CO",
            "2009 – 2014", (2009, 1), (2014, 12),
            ("Simulated leaderless consensus protocols on a 64-node cluster.",),
            counts=False,
        ),
    ),
    education=(
        Degree("Ph.D. Computer Science, Front Range University", "2014", "doctorate",
               note="Thesis: Latency Bounds for Leaderless Consensus"),
        Degree("M.S. Computer Science, Front Range University", "2011", "master"),
        Degree("B.S. Mathematics, Sierra Pacific College", "2009", "bachelor"),
    ),
    skills=(
        ("Languages", "Go, Python, Node.js, SQL"),
        ("Platform", "Kubernetes, EKS, Linkerd, Terraform, CloudFormation"),
        ("AWS", "RDS, ElastiCache, SQS, SNS, Lambda"),
        ("Data", "PostgreSQL, Redis, Kafka, Memcached"),
        ("Design", "CQRS, event-driven architecture, CAP trade-offs, rate limiting"),
        ("Security", "OAuth2, JWT, mTLS, encryption at rest"),
    ),
    talks=(
        "R. Achterberg, “Latency Bounds for Leaderless Consensus”, Journal of Fictional "
        "Distributed Computing 9(2), 2015.",
        "“Sharding PostgreSQL Without Tears”, Rocky Mountain Backend Days, 2022.",
    ),
    extra=(("Certifications", ("AWS Certified Solutions Architect – Professional (2022)",)),),
)

JORDAN = Profile(
    name="Jordan Castellano",
    headline="Senior Backend Engineer",
    email="jordan.castellano@example.com",
    phone="(312) 555-0176",
    location="Chicago, IL",
    links=(),
    summary=(
        "Backend engineer with 9 years of experience building Python services and APIs. "
        "Comfortable owning services from design to on-call."
    ),
    roles=(
        Role(
            "Senior Backend Engineer", "Harborview Payments", "Chicago, IL",
            "Apr 2023 – Present", (2023, 4), None,
            (
                "Own three Python (FastAPI) services on Kubernetes handling 8k requests per "
                "second.",
                "PostgreSQL query tuning and indexing cut slow queries by 60%.",
                "Added Redis caching and AWS SQS queues for payment notifications.",
            ),
        ),
        Role(
            "Software Engineer II", "Pinecrest Media", "Chicago, IL",
            "02/2019 – 03/2023", (2019, 2), (2023, 3),
            (
                "Built content APIs in Python and Django on AWS (RDS, Lambda, S3).",
                "Wrote the CI pipeline in GitHub Actions and Docker.",
            ),
        ),
        Role(
            "Software Engineer", "Lattice Row Software", "Milwaukee, WI",
            "Jun 2017 – Jan 2019", (2017, 6), (2019, 1),
            ("Maintained a PHP and MySQL order system; moved reports to Python.",),
        ),
    ),
    education=(
        Degree("B.Sc. Computer Science, Great Lakes Polytechnic", "2017", "bachelor"),
    ),
    skills=(
        ("Skills", "Python, FastAPI, Django, Go (basic), PostgreSQL, MySQL, Redis, Kubernetes, "
                   "Docker, AWS (RDS, Lambda, SQS, S3), GitHub Actions, Grafana"),
    ),
)

AVERY = Profile(
    name="Avery Lindqvist",
    headline="Lead Software Engineer",
    email="avery.lindqvist@example.com",
    phone="+1 (415) 555-0123",
    location="Oakland, CA",
    links=("linkedin.com/in/avery-lindqvist-example",),
    summary=(
        "Software engineer with 8+ years of experience, the last four leading a small "
        "backend team. Most at home in Node.js and TypeScript."
    ),
    roles=(
        Role(
            "Lead Software Engineer", "Copperline Energy", "San Francisco, CA",
            "Aug 2022 – Present", (2022, 8), None,
            (
                "Lead a team of four building Node.js and TypeScript services for smart-meter "
                "data; event-driven with RabbitMQ.",
                "Moved the services from Heroku to Kubernetes on AWS EKS.",
                "Added JWT authentication to the public API.",
            ),
        ),
        Role(
            "Software Engineer", "Redwood Transit Data", "Oakland, CA",
            "Jul 2018 – Jul 2022", (2018, 7), (2022, 7),
            (
                "Built timetable APIs in Python and Django on PostgreSQL; Celery workers for "
                "nightly imports.",
                "Wrote integration tests that cut regressions by half.",
            ),
        ),
        Role(
            "Junior Developer", "Brightwater Agency", "Berkeley, CA",
            "2017 – 2018", (2017, 1), (2018, 12),
            ("Built WordPress and Express.js sites for local clients.",),
        ),
    ),
    education=(
        Degree("M.S. Software Engineering, Bayfront University", "2019", "master",
               note="Part-time, evenings"),
        Degree("B.A. Mathematics, Bayfront University", "2016", "bachelor"),
    ),
    skills=(
        ("Skills", "Node.js, TypeScript, Python, Django, PostgreSQL, RabbitMQ, Kubernetes, "
                   "AWS EKS, Docker, JWT"),
    ),
)

CASEY = Profile(
    name="Casey Brennan",
    headline="Software Engineer",
    email="casey.brennan@example.com",
    phone="614-555-0159",
    location="Columbus, OH",
    links=("github.com/casey-brennan-example",),
    summary=(
        "Software engineer with 2 years of experience, mostly front end, growing into "
        "backend work."
    ),
    roles=(
        Role(
            "Software Engineer", "Tidewater Retail Group", "Columbus, OH",
            "Jun 2024 – Present", (2024, 6), None,
            (
                "Build React and TypeScript pages for the store locator.",
                "Added two Node.js/Express endpoints backed by MySQL.",
            ),
        ),
        Role(
            "Software Engineering Intern", "Maplewood Insurance", "Dublin, OH",
            "May 2023 – Aug 2023", (2023, 5), (2023, 8),
            ("Wrote unit tests for a Java claims service.",),
            counts=False,
        ),
        Role(
            "Teaching Assistant, Intro to Programming", "Ohio Valley University", "Athens, OH",
            "2022 – 2024", (2022, 1), (2024, 12),
            ("Graded Python assignments and ran weekly lab sessions.",),
            counts=False,
        ),
    ),
    education=(
        Degree("M.S. Computer Science (part-time), Ohio Valley University", "expected 2027",
               "master", completed=False),
        Degree("B.S. Information Systems, Ohio Valley University", "2024", "bachelor"),
    ),
    skills=(("Skills", "JavaScript, TypeScript, React, Node.js, Express, MySQL, Git, Java"),),
)

MORGAN = Profile(
    name="Morgan Feld",
    headline="QA Analyst",
    email="morgan.feld@example.com",
    phone="+1 402 555 0138",
    location="Omaha, NE",
    links=(),
    summary=(
        "QA analyst with 8 years in software support and testing, now learning backend "
        "development."
    ),
    roles=(
        Role(
            "QA Analyst", "Sunbeam Travel", "Omaha, NE",
            "03/2021 – Present", (2021, 3), None,
            (
                "Write Selenium and Postman test suites for the booking site.",
                "Track defects in Jira and write SQL checks against the reporting database.",
            ),
        ),
        Role(
            "Customer Support Specialist", "Sunbeam Travel", "Omaha, NE",
            "06/2018 – 02/2021", (2018, 6), (2021, 2),
            ("Answered 60 customer tickets a day; wrote the support knowledge base.",),
        ),
    ),
    education=(
        Degree("Full-Stack Web Development Certificate, Plainsview Coding Bootcamp", "2020",
               "none"),
        Degree("A.A.S. Information Technology, Prairie Community College", "2018", "associate"),
    ),
    skills=(("Skills", "Selenium, Postman, SQL, Python (scripting), Jira, HTML, CSS"),),
)

HARPER = Profile(
    name="Harper Quinlan",
    headline="Backend Architect",
    email="harper.quinlan@example.com",
    phone="+1 212 555 0191",
    location="New York, NY",
    links=("github.com/harper-quinlan-example",),
    summary=(
        "Backend architect with 13 years of experience in Python and Go, designing "
        "high-throughput streaming APIs and the platforms under them."
    ),
    roles=(
        Role(
            "Backend Architect", "Lumen Row Media", "New York, NY",
            "January 2020 – Current", (2020, 1), None,
            (
                "Architected the streaming API platform: Go services serving 100K+ req/sec "
                "to 12M users on Kubernetes (EKS) with an Istio service mesh.",
                "Introduced CQRS and event sourcing for the subscriptions domain on Kafka "
                "and PostgreSQL.",
                "Designed PostgreSQL replication and read replicas; sharded the events table "
                "by tenant.",
                "API gateway with per-tenant rate limiting; OAuth2 and JWT for partners.",
                "Terraform for all AWS accounts; Prometheus, Grafana and ELK for "
                "observability.",
            ),
        ),
        Role(
            "Sr. Software Engineer", "Gridiron Analytics", "Hoboken, NJ",
            "2016–2019", (2016, 1), (2019, 12),
            (
                "Rebuilt the ingestion pipeline in Python with SQS and SNS; throughput up 6x.",
                "Redis and Memcached caching strategy for the stats API.",
            ),
        ),
        Role(
            "Software Developer", "Falcon Crest Software", "Stamford, CT",
            "2013–2015", (2013, 1), (2015, 12),
            ("Wrote Python and Java services for an insurance quoting engine.",),
        ),
    ),
    education=(
        Degree("Master of Science in Computer Science, Empire State Polytechnic", "2012",
               "master"),
        Degree("Bachelor of Science in Computer Science, Empire State Polytechnic", "2010",
               "bachelor"),
    ),
    skills=(
        ("Skills", "Python, Go, PostgreSQL, Redis, Memcached, Kafka, Kubernetes, Istio, AWS, "
                   "Terraform, Prometheus, Grafana, CQRS, event sourcing, OAuth2, JWT"),
    ),
    talks=("“Tenant-Aware Rate Limiting at the Edge”, Gotham Backend Conference, 2024.",),
)
