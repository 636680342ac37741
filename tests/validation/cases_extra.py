"""Fictional résumés for the validation set (third part): harder forms; see cases.py."""

from __future__ import annotations

from tests.validation.render import Bold, Bullet, Entry, Heading, Name, Resume, Table, Text

B, E, H, T = Bullet, Entry, Heading, Text

CASES_C: tuple[Resume, ...] = (
    Resume(
        "date-first-till-date-projects", "pdf",
        notes="date-first pipe lines 'Jan '18 – Till Date | Title | Org'; European '06.2015 – "
        "12.2017'; a Projects section with dated projects that are not jobs",
        blocks=(
            Name("Meera Krishnaswamy"),
            T("Chennai · meera.k@example.com · +91 55501 98765"),
            H("Professional Experience"),
            T("Jan '18 – Till Date | Senior Software Engineer | Vaigai Fintech, Chennai"),
            B("Go and gRPC payment switch; Redis for idempotency keys"),
            T("06.2015 – 12.2017 | Software Engineer | Kaveri Systems, Bengaluru"),
            B("Java and Spring services; Oracle to PostgreSQL migration"),
            H("Projects"),
            T("Open banking sandbox (2021 – 2022): a side project in Node.js"),
            T("Campus placement portal (2014): final-year project in PHP"),
            H("Education"),
            T("Bachelor of Engineering in Information Technology, Anna Valley Engineering "
              "College, 2015"),
            H("Skills"),
            T("Go, gRPC, Redis, Java, Spring Boot, PostgreSQL, Node.js"),
        ),
    ),
    Resume(
        "docx-position-company-period-table", "docx",
        notes="experience as a three-column table with a 'Position | Company | Period' header "
        "row; 'Nov 2019 – Ongoing'; a vacation-work student job; BSc Honours",
        blocks=(
            Name("Thandiwe Mokoena"),
            T("Johannesburg, South Africa | thandi.mokoena@example.com | +27 55 501 0101"),
            H("Employment"),
            Table((
                ("Position", "Company", "Period"),
                ("Principal Software Engineer", "Karoo Mobile", "Nov 2019 – Ongoing"),
                ("Software Engineer", "Highveld Bank", "Feb 2014 – Oct 2019"),
                ("Vacation Work Student", "Highveld Bank", "Dec 2012 – Jan 2013"),
            )),
            H("Education"),
            T("BSc Honours in Computer Science, University of the Witwaterberg, 2013"),
            H("Skills"),
            T("Kotlin, Java, Kubernetes, Kafka, AWS, Terraform"),
        ),
    ),
    Resume(
        "credential-name-prose-skills", "pdf", font="Times",
        notes="', PhD' after the name; no skills section: weak names only in prose ('Go "
        "services', 'R package', 'Celery workers'); 'Doctor of Philosophy (Ph.D.)'",
        blocks=(
            Name("Rosalind Achebe-Grant, PhD"),
            T("rosalind.ag@example.com · (555) 010-3141 · Raleigh, NC"),
            H("Experience"),
            E("Lead Data Scientist, Piedmont Genomics", "Apr 2020 – Present"),
            B("Built Go services that serve genotype calls; an R package for QC reports"),
            B("Model deployment on Kubernetes with Kubeflow"),
            E("Data Scientist, Tarheel Insurance", "Sep 2016 – Mar 2020"),
            B("Python and Spark pipelines; Celery workers for scoring jobs"),
            H("Education"),
            T("Doctor of Philosophy (Ph.D.) in Electrical Engineering, Carolina Polytechnic, 2016"),
            T("Bachelor of Science in Physics, Carolina Polytechnic, 2011"),
        ),
    ),
    Resume(
        "docx-experience-and-education", "docx", docx_styles=False,
        notes="one combined 'Experience & Education' section; org (bold) / title / 'March 2021 "
        "to present' on three lines; a contract role; the degree with its years on the next "
        "line; 'AWS: SQS, SNS, Lambda'; Polish name and degree in Unicode; stated '10+ years'",
        blocks=(
            Name("Wojciech Zieliński"),
            T("Kraków, Poland"),
            T("wojtek.zielinski@example.com"),
            T("+48 555 010 333"),
            H("Summary"),
            T("Backend engineer with 10+ years in Python and PostgreSQL."),
            H("Experience & Education"),
            Bold("Wawel Cloud Sp. z o.o. (Kraków)"),
            T("Software Architect"),
            T("March 2021 to present"),
            B("Event-driven platform on AWS: SQS, SNS, Lambda, DynamoDB"),
            Bold("Vistula Data (remote, contract)"),
            T("Contract Python Developer"),
            T("October 2018 to February 2021"),
            Bold("Tatra Games"),
            T("Python Developer"),
            T("July 2014 to September 2018"),
            Bold("Kraków University of Technology"),
            T("Magister inżynier (MSc Eng.) in Computer Science"),
            T("October 2009 to June 2014"),
            H("Skills"),
            T("Python, PostgreSQL, AWS, SQS, SNS, DynamoDB, Docker"),
        ),
    ),
    Resume(
        "promotion-one-line", "pdf",
        notes="org line with the whole tenure ('2015 – now') and both titles of a promotion on "
        "one line below, each with its own years; Portuguese degree name with (BSc)",
        blocks=(
            Name("Beatriz Albuquerque"),
            T("São Paulo, Brazil · beatriz.albuquerque@example.com · +55 11 5550 1234"),
            H("Experience"),
            E("Ipê Commerce — São Paulo", "2015 – now"),
            T("Senior Software Engineer (2019 – now); Software Engineer (2015 – 2018)"),
            B("Checkout APIs in Node.js and TypeScript; MongoDB to PostgreSQL migration"),
            E("Jabuticaba Labs — Campinas", "2012 – 2014"),
            T("Junior Developer"),
            B("PHP and MySQL"),
            H("Education"),
            T("Bacharelado em Ciência da Computação (BSc), Universidade de Itaipava, 2011"),
            H("Skills"),
            T("Node.js, TypeScript, PostgreSQL, MongoDB, PHP, MySQL"),
        ),
    ),
)
