"""Fictional résumés for the validation set, as layout blocks (first half) and the full list.

Every person, company, school, e-mail and phone number is invented (e-mails at example.com,
phones in fictional 555-01xx or drama ranges). Each case mixes layouts the corpus and
samples/ do not already cover: heading words and cases, date styles, title/organisation
orders, roles that do not count, seniority traps, degree spellings and traps, contact
placement, and ambiguous skill words. `notes` says what each case exercises. The expected
facts live in labels.py, written from the text by hand, not from the screener.
"""

from __future__ import annotations

from tests.validation.render import Bold, Bullet, Column, Entry, Gap, Heading, Name, Resume, Text

B, E, H, T = Bullet, Entry, Heading, Text

CASES_A: tuple[Resume, ...] = (
    Resume(
        "allcaps-work-history", "pdf", notes="ALL-CAPS name; 'Work History'; 'Sr.'; 'Title, Org' "
        "with 'Jan 2018 - Present' flush right; 'go-to'; internship; Postgres",
        heading_caps=True,
        blocks=(
            Name("PRIYA VANTERPOOL"),
            T("Remote  |  priya.vanterpool@example.com  |  (555) 010-4471  |  "
              "linkedin.com/in/priyavanterpool"),
            H("Work History"),
            E("Sr. Software Engineer, Harborline Logistics", "Jan 2018 - Present"),
            B("Built Go services on Kubernetes that price carrier quotes"),
            B("Became the go-to reviewer for Postgres schema changes"),
            E("Software Engineer, Quillfeather Media", "Jun 2014 - Dec 2017"),
            B("Maintained Java billing jobs and a JavaScript admin console"),
            E("Software Engineering Intern, Quillfeather Media", "Jun 2013 - Aug 2013"),
            B("Wrote integration tests in Python"),
            H("Education"),
            T("B.S. in Computer Science, University of Eastbrook, 2014"),
            H("Technical Skills"),
            T("Languages: Go, Java, JavaScript, Python, SQL"),
            T("Infrastructure: Kubernetes, Docker, Terraform, Postgres"),
        ),
    ),
    Resume(
        "docx-colon-headings-dates-below", "docx", docx_styles=False,
        notes="middle initial; bold-Normal headings with a trailing colon; 'Org — Title'; "
        "'January 2020 – Current' on the line below; 'Leading…' bullet in a non-senior role; "
        "'Summer Intern'; BSc (Hons); C# and .NET",
        blocks=(
            Name("Daniel R. Whitcombe"),
            T("Leeds, UK · +44 113 496 0321 · d.whitcombe@example.com"),
            H("Professional Experience:"),
            Bold("Larchmont Insurance — Lead Developer"),
            T("January 2020 – Current"),
            B("Owns the claims platform written in C# on .NET"),
            Bold("Tessellate Digital — Software Developer"),
            T("September 2015 – December 2019"),
            B("Leading the move of REST APIs from VB6 to C#, on SQL Server and Azure"),
            Bold("Tessellate Digital — Summer Intern"),
            T("July 2014 – August 2014"),
            H("Education:"),
            T("BSc (Hons) Computer Science — University of Wrexford, 2015"),
            H("Technical Skills:"),
            T("C#, .NET, Azure, SQL Server, JavaScript, Docker"),
        ),
    ),
    Resume(
        "iso-dates-employment", "pdf", font="Times", heading_caps=True,
        notes="'EMPLOYMENT'; 'Title at Org'; ISO '2018-01 – 2021-02'; Golang, K8s, Postgres; "
        "'lambda functions in Python'; C and R in a skills list; MSc + BSc",
        blocks=(
            Name("Tomasz Kerrigan"),
            T("tomasz.kerrigan@example.com"),
            T("+1 555 010 7788 · Austin, TX · github.com/tkerrigan"),
            H("Employment"),
            E("Staff Engineer at Polaris Freight", "2021-03 – present"),
            B("Designs event-driven services in Golang with Kafka and Postgres"),
            E("Backend Engineer at Polaris Freight", "2018-01 – 2021-02"),
            B("Moved batch jobs to K8s; wrote small lambda functions in Python for data cleanup"),
            E("Software Developer at Brimstone Labs", "2015-07 – 2017-12"),
            B("Numerical code in C and R for the risk team"),
            H("Education"),
            T("MSc Software Engineering, Northgate University, 2015"),
            T("BSc Mathematics, Northgate University, 2013"),
            H("Skills"),
            T("Golang, Python, C, R, Kafka, Postgres, K8s, Docker"),
        ),
    ),
    Resume(
        "pipe-title-org-city", "docx",
        notes="'Career' heading (Heading 1); 'Title | Org | City' with '04/2021 - Present'; "
        "'Boston, MA' beside a B.A. (MA is not a master's); Solutions Architect",
        blocks=(
            Name("Aisling Montrose"),
            T("Boston, MA 02118"),
            T("aisling.montrose@example.com | 555-010-3390"),
            H("Career"),
            E("Solutions Architect | Corvid Health | Boston, MA", "04/2021 - Present"),
            B("Reference architectures on AWS (EKS, RDS, SQS) for hospital data exchange"),
            E("Software Engineer | Corvid Health | Boston, MA", "07/2017 - 03/2021"),
            B("Node.js and TypeScript APIs behind the patient portal"),
            E("Junior Developer | Fennimore Print | Worcester, MA", "01/2016 - 06/2017"),
            H("Education"),
            T("B.A. in Computer Science, Hollisford College, Worcester, MA — 2015"),
            H("Skills"),
            T("AWS, EKS, RDS, SQS, Node.js, TypeScript, Terraform, Postgres"),
        ),
    ),
    Resume(
        "org-above-title-years", "pdf",
        notes="org on its own line above its titles; several roles under one org; bare-year "
        "ranges '2017 – 2019' and '2014–16' flush right; 'Tech Lead'; B.Tech; "
        "'MS Office' (not a master's)",
        blocks=(
            Name("Ravindra Kulkarni"),
            T("Pune, India | ravindra.kulkarni@example.com | +91 55501 23456"),
            H("Experience"),
            Bold("Tidewater Software Pvt. Ltd., Pune"),
            E("Tech Lead", "2020 – Present", bold=False),
            B("Java and Spring Boot microservices on Kubernetes"),
            E("Senior Software Engineer", "2017 – 2019", bold=False),
            E("Software Engineer", "2014–16", bold=False),
            Bold("Ambit Infosystems, Bengaluru"),
            E("Associate Software Engineer", "2012 – 2013", bold=False),
            B("Maintained Java reports; trained staff on MS Office macros"),
            H("Education"),
            T("B.Tech in Computer Science and Engineering, Deccan Institute of Technology, 2012"),
            H("Skills"),
            T("Java, Spring Boot, Microservices, Kubernetes, MySQL, Jenkins, MS Office"),
        ),
    ),
    Resume(
        "apostrophe-years-meng", "docx", heading_caps=True,
        notes="'EXPERIENCE' (Heading 1 in capitals); \"'16 – '19\" and \"'20 – present\"; "
        "'Head of Platform'; 'Graduate Engineer' counts; MEng with its own '09 – '13; ELK stack",
        blocks=(
            Name("Oluwaseun Adeyemi-Hart"),
            T("seun.hart@example.com"),
            T("Manchester · 0161 496 0754"),
            H("Experience"),
            E("Head of Platform, Gantry Robotics", "\u201920 – present"),
            B("Runs the Kubernetes platform team; moved logging to the ELK stack"),
            E("Platform Engineer, Gantry Robotics", "\u201916 – \u201919"),
            B("Terraform and Ansible for edge fleets; Prometheus and Grafana dashboards"),
            E("Graduate Engineer, Calder Systems", "'14 – '15"),
            H("Education"),
            T("MEng Electronic Engineering, University of Pennridge ('09 – '13)"),
            H("Skills"),
            T("Kubernetes, Terraform, Ansible, Prometheus, Grafana, ELK stack, Python"),
        ),
    ),
    Resume(
        "since-todate-courier", "pdf", font="Courier", heading_caps=True,
        notes="plain-text look (Courier); 'Title, Org -- Since 2020' and 'Freelance … -- 2019 to "
        "date' inline; 'E-mail:' label; Principal Consultant; accents in cp1252",
        blocks=(
            Name("Marguerite Bellamy"),
            T("Lyon, France / Remote"),
            T("E-mail: m.bellamy@example.com   Tel: +33 4 55 01 02 03"),
            H("Professional Experience"),
            T("Principal Consultant, Arbelle Conseil -- Since 2020"),
            B("Architecture reviews for banks moving to Azure and .NET"),
            T("Freelance Backend Developer -- 2019 to date"),
            B("Python and Django projects for small retailers"),
            T("Developer, Société Verdier -- 2013 - 2018"),
            B("Java EE back office on an Oracle database"),
            H("Education"),
            T("Master of Science in Computer Science, Université de Rhônelac, 2012"),
            H("Skills"),
            T("Python, Django, Java, .NET, Azure, Docker"),
        ),
    ),
    Resume(
        "left-date-column", "pdf",
        notes="dates in a left column at x=20 with the entry at x=60; ranges split over two "
        "lines ('Sept. 2015 —' / 'Aug. 2017'); Engineering Manager; research assistant during "
        "the M.Sc.; education also in the column layout",
        blocks=(
            Name("Henrik Solberg"),
            T("Oslo, Norway · henrik.solberg@example.com · +47 555 01 234"),
            H("Experience"),
            Column(("Mar 2021 –", "Present"), ("Engineering Manager", "Fjordline Payments, Oslo",
                   "Manages two teams building payment APIs in Kotlin and Go",
                   "Introduced gRPC and Kafka across services")),
            Column(("Sept. 2017 –", "Feb. 2021"), ("Senior Backend Engineer",
                   "Fjordline Payments, Oslo",
                   "PostgreSQL sharding and Redis caching for 2M users")),
            Column(("Sept. 2015 —", "Aug. 2017"), ("Software Developer",
                   "Nordkapp Telekom, Tromsø",
                   "Java and C++ network tooling")),
            Column(("2014",), ("Research Assistant (during M.Sc.)", "University of Vestfold",
                   "Simulation code in C++")),
            H("Education"),
            Column(("2012 – 2014",), ("M.Sc. Informatics", "University of Vestfold")),
            Column(("2009 – 2012",), ("B.Sc. Computer Science", "University of Vestfold")),
            H("Skills"),
            T("Kotlin, Go, Java, C++, gRPC, Kafka, PostgreSQL, Redis, Kubernetes"),
        ),
    ),
    Resume(
        "no-headings", "pdf", font="Times",
        notes="no section headings at all; bold 'Title, Org' with dates on the next line; "
        "Director; degree and skills as bare lines; e-mail at the end",
        blocks=(
            Name("Corinne Abernathy"),
            T("555.010.6612 | Denver, CO"),
            Gap(),
            Bold("Director of Engineering, Silverpine Outdoor"),
            T("May 2019 – Present"),
            B("Leads 30 engineers across web and mobile; Ruby on Rails and React"),
            Bold("Software Engineer, Copperleaf Games"),
            T("Aug 2012 – Apr 2019"),
            B("Game backend in Ruby on Rails with Redis leaderboards"),
            Gap(),
            T("B.S. Computer Engineering, Front Range State University, 2012"),
            Gap(),
            T("Ruby on Rails, React, Redis, PostgreSQL, AWS"),
            Gap(),
            T("corinne.abernathy@example.com"),
        ),
    ),
    Resume(
        "docx-header-contact-accents", "docx",
        notes="name (Latin-1 accents) and contact only in the page header; 'Title — Org, City' "
        "with a right tab to the dates; teaching assistant during the master's; Spanish degree "
        "names with (M.S.)/(B.S.)",
        header=(
            Name("José Núñez"),
            T("jose.nunez@example.com · +34 555 010 222 · Madrid, Spain"),
        ),
        blocks=(
            H("Work Experience"),
            E("Senior Data Engineer — Alcaraván Energía, Madrid", "Feb 2019 – Present"),
            B("Spark and Kafka pipelines on GCP; Airflow scheduling"),
            E("Data Engineer — Ondina Seguros, Sevilla", "Oct 2015 – Jan 2019"),
            B("ETL in Python and SQL; dashboards in Tableau"),
            E("Teaching Assistant — Universidad de Albaterra", "Sep 2013 – Jun 2015"),
            H("Education"),
            T("Máster en Ingeniería Informática (M.S.), Universidad de Albaterra, 2015"),
            T("Grado en Ingeniería Informática (B.S.), Universidad de Albaterra, 2013"),
            H("Skills"),
            T("Python, SQL, Kafka, Spark, Airflow, GCP, Tableau"),
        ),
    ),
    Resume(
        "docx-two-cell-table", "docx",
        notes="the body is one two-cell layout table: contact, 'Core Competencies' (one skill "
        "a line, incl. bare 'Go') and education left, experience right; Ph.D.; Principal/Staff; "
        "graduate research assistant",
        side=(
            Name("Imogen Fairweather"),
            T("imogen.f@example.com"),
            T("+1 (555) 010-9012"),
            T("Seattle, WA"),
            T("github.com/imogenfw"),
            H("Core Competencies"),
            T("Distributed systems"),
            T("Go"),
            T("Rust"),
            T("gRPC"),
            T("Kubernetes"),
            T("Istio"),
            H("Education"),
            T("Ph.D. Computer Science"),
            T("Cascade Institute of Technology, 2014"),
            T("B.S. Mathematics"),
            T("Lakeshore University, 2008"),
        ),
        blocks=(
            H("Professional Experience"),
            E("Principal Engineer, Nimbus Ledger", "Jun 2020 – Present"),
            B("Consensus and replication layer in Go and Rust"),
            E("Staff Engineer, Orcas Streaming", "Jan 2017 – May 2020"),
            B("Service mesh rollout with Istio and Envoy"),
            E("Software Engineer, Orcas Streaming", "Sep 2014 – Dec 2016"),
            E("Graduate Research Assistant, Cascade Institute of Technology",
              "Sep 2009 – Aug 2014"),
        ),
    ),
    Resume(
        "phd-candidate-academic", "pdf",
        notes="'Academic Background' first; 'PhD candidate' (not completed) above a completed "
        "M.S.; research assistant during the PhD; 'Software Engineer II'; AWS Lambda; R",
        blocks=(
            Name("Lucía Ferrándiz"),
            T("lucia.ferrandiz@example.com · Remote (US)"),
            H("Academic Background"),
            T("PhD candidate, Computer Science, Riverbend University (2022 – present)"),
            T("M.S., Computer Science, Riverbend University, 2016"),
            T("B.S., Statistics, Marisol State University, 2014"),
            H("Professional Experience"),
            E("Research Assistant, Riverbend University Systems Lab", "2022 – Present"),
            B("Storage engine experiments in C++ and Rust"),
            E("Software Engineer II, Bluecrest Analytics", "2019 – 2022"),
            B("Python services on AWS Lambda and DynamoDB"),
            E("Software Engineer, Bluecrest Analytics", "2016 – 2018"),
            B("R and Python models behind a Flask API"),
            H("Skills"),
            T("Python, R, C++, Rust, AWS Lambda, DynamoDB, Flask"),
        ),
    ),
    Resume(
        "expected-ms-coop", "docx",
        notes="'M.S. … (expected May 2027)' (not completed) over a B.Sc.; co-op and summer "
        "intern that do not count; short career",
        blocks=(
            Name("Kwabena Osei-Mensah"),
            T("kwabena.om@example.com | 555-010-5521 | Toronto, ON | linkedin.com/in/kosei"),
            H("Experience"),
            E("Software Developer, Harbourfront Ticketing", "Jul 2022 – Present"),
            B("Node.js services and PostgreSQL; a React front end"),
            E("Software Engineering Co-op, Lakeshore Rail", "Jan 2021 – Aug 2021"),
            B("Java tools for the signalling team"),
            E("Summer Intern, Lakeshore Rail", "May 2020 – Aug 2020"),
            H("Education"),
            T("M.S. in Computer Science (expected May 2027), Ontario Polytechnic University"),
            T("B.Sc. in Computer Science, Ontario Polytechnic University, 2022"),
            H("Skills"),
            T("JavaScript, Node.js, React, PostgreSQL, Java"),
        ),
    ),
)


def all_cases() -> tuple[Resume, ...]:
    from tests.validation.cases_extra import CASES_C
    from tests.validation.cases_more import CASES_B

    return CASES_A + CASES_B + CASES_C
