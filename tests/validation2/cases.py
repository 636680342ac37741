"""Fictional résumés for the second validation set, in styles the first set does not cover.

Every person, employer, school, e-mail and phone number is invented (e-mails at example.com).
Styles: academic CV, Europass (lines and table), Indian, British, German Lebenslauf in English,
functional, stated-vs-listed years, DOCX table with dates on the right, DOCX Heading 2 roles
with italic dates, career breaks / contracts / concurrent roles, non-tech résumés, names that
are not the first line or carry particles and hyphens, and seniority-word traps. `notes` says
what each case exercises; labels.py holds the expected facts, written by hand from the text.
"""

from __future__ import annotations

from tests.validation.render import Bold, Column, Entry, Gap, Heading, Name, Resume, Table, Text
from tests.validation.render import Bullet
from tests.validation2.render2 import Box, Italic, Sub

B, E, H, T = Bullet, Entry, Heading, Text

CASES: tuple[Resume, ...] = (
    Resume(
        "academic-cv", "pdf",
        notes="academic CV: 'Academic Appointments' (Assistant Professor, Postdoctoral "
        "Researcher); PhD completed; long Publications with many years and co-author "
        "initials 'R.' and 'C.'; Teaching with a TA role in Teaching; Grants and Talks with years",
        blocks=(
            Name("Tomasz Wierzbicki"),
            T("Department of Computer Science, University of Calderon"),
            T("t.wierzbicki@example.com  ·  +1 555 0143 220  ·  wierzbicki-lab.example.org"),
            H("Research Interests"),
            T("Distributed storage, consensus protocols, and fault tolerance in "
              "geo-replicated systems."),
            H("Academic Appointments"),
            E("Assistant Professor, Department of Computer Science, University of Calderon",
              "Aug 2019 – present"),
            E("Postdoctoral Researcher, Institute for Networked Systems, Rhinebrook",
              "Jan 2015 – Jul 2019"),
            H("Education"),
            T("PhD in Computer Science, University of Norbridge, 2014"),
            T("Thesis: Weakly consistent replication under partial synchrony"),
            T("MSc in Computer Science, University of Norbridge, 2010"),
            T("BSc in Mathematics, Vellmoor College, 2008"),
            H("Publications"),
            T("[1] Wierzbicki, T., Lindqvist, R., and Okoye, C. Fast quorum reads without "
              "leases. Proc. Symposium on Operating Systems Principles, 2025."),
            T("[2] Okoye, C. and Wierzbicki, T. Tail latency in erasure-coded stores. "
              "Journal of Storage Systems 18(2), 2023."),
            T("[3] Wierzbicki, T. Consensus for the impatient. Distributed Computing "
              "Letters, 2021."),
            T("[4] Haddad, M., Wierzbicki, T., and Lindqvist, R. Chain replication "
              "revisited. In Proc. EuroSys, 2019."),
            T("[5] Wierzbicki, T. and Brandt, K. Partial synchrony in practice. "
              "Proc. PODC, 2017."),
            T("[6] Wierzbicki, T. Weak replication, strong guarantees. "
              "Journal of Parallel Computing 44, 2014."),
            T("[7] Wierzbicki, T. and Novak, J. Gossip-based membership, 2012."),
            H("Teaching"),
            T("CS 410 Distributed Systems (instructor), Fall 2019 – present"),
            T("CS 620 Advanced Topics in Storage (instructor), Spring 2021, Spring 2023"),
            T("Teaching Assistant, Operating Systems, University of Norbridge, 2011 – 2013"),
            H("Grants"),
            T("Principal Investigator, Resilient Storage for Edge Clusters, National Research "
              "Fund, 2021 – 2024"),
            T("Co-Investigator, Open Consensus Testbed, 2020 – 2022"),
            H("Invited Talks"),
            T("Why quorums still matter, Northern Systems Workshop, 2024"),
            T("Replication at the edge, Calderon Industry Day, 2022"),
            H("Research Software"),
            T("Python, C++, MATLAB, Linux; prototypes on Kubernetes clusters"),
        ),
    ),
    Resume(
        "europass-lines", "pdf",
        notes="Europass-like CV: 'Dates', 'Occupation or position held', 'Name and address of "
        "employer' labels each on its own line above the value; dd/mm/yyyy ranges "
        "'01/03/2014 – 31/08/2018'; 'Title of qualification awarded'; 'Mother tongue'; "
        "an 'Intern' occupation; 'Driving licence: B'",
        blocks=(
            T("Europass Curriculum Vitae"),
            H("Personal information"),
            T("First name(s) / Surname(s): Giulia Rossi"),
            T("Address: Via dei Mille 14, 20121 Milano (Italy)"),
            T("E-mail: giulia.rossi@example.com"),
            T("Telephone: +39 02 5550 1234"),
            H("Work experience"),
            T("Dates"), T("01/09/2018 – Present"),
            T("Occupation or position held"), T("Senior Software Developer"),
            T("Main activities and responsibilities"),
            T("Design and development of Java microservices with Spring Boot; code review"),
            T("Name and address of employer"), T("Ferrovie Digitali S.p.A., Via Roma 12, Milano"),
            Gap(),
            T("Dates"), T("01/03/2014 – 31/08/2018"),
            T("Occupation or position held"), T("Software Developer"),
            T("Main activities and responsibilities"),
            T("Maintenance of billing applications on Oracle Database; Jenkins pipelines"),
            T("Name and address of employer"), T("Lombarda Servizi Informatici S.r.l., Bergamo"),
            Gap(),
            T("Dates"), T("01/02/2013 – 31/07/2013"),
            T("Occupation or position held"), T("Intern"),
            T("Name and address of employer"), T("Lombarda Servizi Informatici S.r.l., Bergamo"),
            H("Education and training"),
            T("Dates"), T("2011 – 2013"),
            T("Title of qualification awarded"),
            T("Laurea Magistrale (Master's degree) in Computer Engineering"),
            T("Name and type of organisation providing education and training"),
            T("Politecnico di Valtellina"),
            T("Dates"), T("2008 – 2011"),
            T("Title of qualification awarded"),
            T("Laurea Triennale (Bachelor's degree) in Computer Engineering"),
            H("Personal skills and competences"),
            T("Mother tongue(s): Italian"),
            T("Other language(s): English (C1), German (B1)"),
            T("Computer skills and competences: Java, Spring Boot, Oracle Database, Jenkins, "
              "microservices"),
            T("Driving licence: B"),
        ),
    ),
    Resume(
        "europass-table", "docx",
        notes="Europass as a two-column DOCX table: label cell ('Dates', 'Occupation or "
        "position held', 'Name and address of employer') beside the value; dd/mm/yyyy with "
        "mid-month starts; 'Licenciatura … (Bachelor's degree)'",
        blocks=(
            Name("João Pedro Magalhães"),
            T("joao.magalhaes@example.com  |  +351 22 555 0190  |  Porto, Portugal"),
            H("Work experience"),
            Table((
                ("Dates", "01/09/2018 – present"),
                ("Occupation or position held", "QA Manager"),
                ("Main activities and responsibilities",
                 "Test strategy for payment APIs; Selenium and Cypress suites; JMeter load tests"),
                ("Name and address of employer", "Qualitas Labs, Rua das Flores 40, Porto"),
            )),
            Gap(),
            Table((
                ("Dates", "01/09/2015 – 31/08/2018"),
                ("Occupation or position held", "Lead Test Engineer"),
                ("Main activities and responsibilities",
                 "Automated regression in Java; Jenkins jobs; Jira workflows"),
                ("Name and address of employer", "Qualitas Labs, Rua das Flores 40, Porto"),
            )),
            Gap(),
            Table((
                ("Dates", "15/01/2012 – 31/08/2015"),
                ("Occupation or position held", "Software Tester"),
                ("Name and address of employer", "Douro Telecom, Avenida da Boavista 900, Porto"),
            )),
            H("Education and training"),
            Table((
                ("Dates", "2007 – 2011"),
                ("Title of qualification awarded",
                 "Licenciatura em Engenharia Informática (Bachelor's degree)"),
                ("Organisation", "Universidade do Minho Litoral"),
            )),
            H("Personal skills"),
            T("Technical: Selenium, Cypress, JMeter, Jenkins, Java, Jira"),
            T("Languages: Portuguese (native), English (C2), Spanish (B2)"),
        ),
    ),
    Resume(
        "indian-company-duration", "pdf",
        notes="Indian style: 'Career Objective'; 'Company: X' / 'Designation: Y' / "
        "\"Duration: Jun'18 - Present\" lines; 'Role: …' in a Projects list; education table "
        "with M.Tech, B.Tech, HSC, SSC and CGPA / percentages; 'Declaration' with a date",
        blocks=(
            Name("SAURABH KULKARNI"),
            T("Email: saurabh.kulkarni@example.com | Mobile: +91 98765 01234 | Pune, Maharashtra"),
            H("Career Objective"),
            T("To work in a challenging environment where I can use my skills in Java backend "
              "development and grow with the organisation."),
            H("Professional Experience"),
            T("Company: Infoverge Technologies Pvt. Ltd., Pune"),
            T("Designation: Senior Software Engineer"),
            T("Duration: Jun'18 - Present"),
            B("Developed REST APIs in Spring Boot for an insurance claims portal"),
            B("Migrated reporting from MySQL to MongoDB"),
            T("Company: Tranquil Softech, Nagpur"),
            T("Designation: Software Engineer"),
            T("Duration: Jul'14 - May'18"),
            B("Built Hibernate data layers and Maven builds for ERP modules"),
            H("Projects"),
            T("Project: ClaimsOne | Role: Developer | Team Size: 8 | Technologies: Java, "
              "Spring Boot, MySQL"),
            T("Academic Project: Smart Attendance System using face recognition (Final Year "
              "Project)"),
            H("Educational Qualifications"),
            Table((
                ("Qualification", "Institute", "Year", "CGPA / %"),
                ("M.Tech (CSE)", "Deccan Institute of Technology", "2014", "8.4 CGPA"),
                ("B.Tech (IT)", "Sahyadri College of Engineering", "2012", "7.9 CGPA"),
                ("HSC (XII)", "Modern Junior College", "2008", "82%"),
                ("SSC (X)", "Vidya Niketan School", "2006", "88%"),
            )),
            H("Technical Skills"),
            T("Languages: Java, Python"),
            T("Frameworks: Spring Boot, Hibernate"),
            T("Databases: MySQL, MongoDB"),
            T("Tools: Git, Jira, Maven"),
            H("Declaration"),
            T("I hereby declare that the above information is true to the best of my knowledge."),
            T("Place: Pune        Date: 12/10/2026"),
        ),
    ),
    Resume(
        "indian-pipe-pursuing-mba", "docx", docx_styles=False,
        notes="Indian style on one line: 'Company: X | Designation: Y | Duration: Apr'16 – "
        "Present'; 'Total Experience: 14+ years'; B.E. with 'MBA (pursuing, distance)'; "
        "'Technical Lead'; C# without C",
        blocks=(
            Name("Lakshmi Narayanan Iyer"),
            T("lakshmi.iyer@example.com | +91 90000 55123 | Chennai"),
            H("Profile Summary"),
            T("Total Experience: 14+ years in .NET application development."),
            H("Work Experience"),
            T("Company: Nimbus InfoSolutions | Designation: Technical Lead | "
              "Duration: Apr'16 – Present"),
            B("Leading a team of 9 building ASP.NET APIs on Azure with SQL Server"),
            T("Company: Coromandel Software Services | Designation: Software Engineer | "
              "Duration: Aug'12 – Mar'16"),
            B("Developed Angular front ends and C# services"),
            H("Education"),
            T("MBA (pursuing, distance mode), Annamalai Open University"),
            T("B.E. (Computer Science), Kaveri College of Engineering, 2012, CGPA 8.1"),
            H("Skills"),
            T("C#, ASP.NET, SQL Server, Azure, Angular"),
        ),
    ),
    Resume(
        "british-year-ranges", "docx",
        notes="British CV: hyphenated surname; 'Personal Profile'; 'Employment History' with "
        "bare years '2019 – present'; 'Graduate Analyst'; 'MSc', 'BSc (Hons)', 'A-levels' "
        "with grades A*, A, B; 'References available on request'",
        blocks=(
            Name("Eleanor Fitzgerald-Hughes"),
            T("Reading, Berkshire · 07700 900412 · eleanor.fh@example.com"),
            H("Personal Profile"),
            T("Data engineer who enjoys turning messy operational data into reliable "
              "pipelines for analysts and regulators."),
            H("Employment History"),
            E("Lead Data Engineer, Thamesgate Water Ltd", "2019 – present"),
            B("Run Apache Airflow and Spark pipelines on Azure for leakage reporting"),
            E("Data Engineer, Pennine Analytics", "2015 – 2019"),
            B("Built Power BI dashboards over SQL models"),
            E("Graduate Analyst, Pennine Analytics", "2013 – 2015"),
            H("Education"),
            T("MSc Data Science, University of Kestrel, 2012"),
            T("BSc (Hons) Mathematics, University of Kestrel, 2011"),
            T("A-levels: Mathematics (A*), Further Mathematics (A), Physics (B) — "
              "Harrowgate Sixth Form College, 2008"),
            H("Skills"),
            T("Python, SQL, Apache Spark, Apache Airflow, Azure, Power BI"),
            H("References"),
            T("Available on request."),
        ),
    ),
    Resume(
        "british-head-of-hnd", "pdf",
        notes="British CV: 'Key Skills' first; 'Head of Engineering' then 'Engineering Team "
        "Lead'; 'Oct 2018 – present'; a degree with a year range '2007 – 2010' and class "
        "'(2:1)'; GCSEs",
        blocks=(
            Name("Callum McAllister"),
            T("Glasgow  |  callum.mcallister@example.com  |  0141 496 0877"),
            H("Key Skills"),
            B("PHP and Laravel, Vue.js front ends, MySQL tuning"),
            B("AWS hosting and cost control"),
            H("Employment History"),
            E("Head of Engineering, Clydeside Tickets Ltd", "Oct 2018 – present"),
            E("Engineering Team Lead, Clydeside Tickets Ltd", "Mar 2015 – Sep 2018"),
            E("Software Developer, Firth Web Studio", "Jul 2010 – Feb 2015"),
            H("Education"),
            E("BSc (Hons) Computing (2:1), University of Fenmoor", "2007 – 2010", bold=False),
            T("GCSEs: 9 at grades A–C including Maths and English"),
        ),
    ),
    Resume(
        "german-since-diplom", "pdf",
        notes="German Lebenslauf in English: 'Curriculum Vitae' above the name; 'Personal "
        "Details' with 'Name:'; left date column with 'since 03/2019' and '04/2014 – 02/2019'; "
        "'Working student' (does not count); 'Diplom-Informatiker (Dipl.-Inf.)'; 'Abitur'",
        blocks=(
            Bold("Curriculum Vitae"),
            Name("Jörg Baumgärtner"),
            H("Personal Details"),
            T("Name: Jörg Baumgärtner"),
            T("Address: Elbchaussee 101, 22763 Hamburg"),
            T("E-mail: joerg.baumgaertner@example.com"),
            H("Professional Experience"),
            Column(("since 03/2019",), ("Software Architect", "Nordlicht Mobility GmbH, Hamburg",
                                        "Event-driven platform with Kafka and Kotlin services")),
            Column(("04/2014 – 02/2019",), ("Software Engineer", "Elbtal Systems AG, Hamburg",
                                             "Java services on Kubernetes and PostgreSQL")),
            Column(("10/2012 – 03/2014",), ("Working student (Werkstudent)",
                                             "Elbtal Systems AG, Hamburg")),
            H("Education"),
            Column(("10/2006 – 09/2012",), ("Diplom-Informatiker (Dipl.-Inf.)",
                                             "Technische Universität Weserstadt")),
            Column(("06/2006",), ("Abitur", "Gymnasium am Stadtpark, Lüneburg")),
            H("Skills"),
            T("Java, Kotlin, Kafka, Kubernetes, PostgreSQL, Domain-Driven Design"),
            H("Languages"),
            T("German (native), English (fluent)"),
        ),
    ),
    Resume(
        "functional-work-history", "pdf",
        notes="functional résumé: 'Areas of Expertise' paragraphs first ('Team Leadership: "
        "led…'), then a short 'Work History' list 'Company — Title — 2014–2019'; "
        "associate degree; 'go-live' trap",
        blocks=(
            Name("Marisol Etxeberria"),
            T("marisol.etxeberria@example.com · (555) 013-2288 · Boise, ID"),
            H("Summary"),
            T("Infrastructure engineer who automates the boring parts of operations."),
            H("Areas of Expertise"),
            Bold("Cloud Infrastructure"),
            T("Designed AWS account structures with Terraform; drove the go-live of a new "
              "data centre exit plan."),
            Bold("Automation"),
            T("Ansible playbooks, Jenkins pipelines, Python and Bash tooling on Linux."),
            Bold("Team Leadership"),
            T("Led a rota of six on-call engineers and mentored two juniors."),
            H("Work History"),
            T("Corvane Retail — DevOps Engineer — 2019–2024"),
            T("Brightwell Bank — Systems Administrator — 2014–2019"),
            T("Brightwell Bank — IT Support Technician — 2011–2014"),
            H("Education"),
            T("Associate of Applied Science, Network Administration, Snake River Technical "
              "College, 2010"),
        ),
    ),
    Resume(
        "stated-fifteen-listed-ten", "docx",
        notes="summary says '15 years of experience' but the roles listed cover 2017 – "
        "present; 'Earlier roles available on request'; Staff and Senior titles",
        blocks=(
            Name("Dominic Achterberg"),
            T("dominic.achterberg@example.com | +31 20 555 0147 | Amsterdam"),
            H("Summary"),
            T("Backend engineer with 15 years of experience building payment systems."),
            H("Experience"),
            E("Staff Engineer, Lumenfield Payments", "Feb 2021 – Present"),
            B("Go services with gRPC over Kafka; PostgreSQL partitioning"),
            E("Senior Backend Engineer, Quarry Labs", "Jan 2017 – Jan 2021"),
            B("Moved batch settlement onto Kubernetes"),
            T("Earlier roles available on request."),
            H("Education"),
            T("BEng Software Engineering, Hogeschool Amstelland, 2010"),
            H("Skills"),
            T("Go, gRPC, PostgreSQL, Kafka, Kubernetes"),
        ),
    ),
    Resume(
        "docx-table-dates-right", "docx",
        notes="experience as a DOCX table: left cell 'Title' line-break 'Org', right cell the "
        "dates; no header row; 'Principal Engineer'; C and Rust",
        blocks=(
            Name("Ingrid Solberg"),
            T("ingrid.solberg@example.com · +47 555 01 234 · Bergen"),
            H("Experience"),
            Table((
                ("Principal Engineer\nOrbweaver Security", "Aug 2020 – Present"),
                ("Security Engineer\nGrayhollow Networks", "Mar 2016 – Jul 2020"),
                ("Junior Developer\nGrayhollow Networks", "Sep 2014 – Feb 2016"),
            )),
            H("Education"),
            T("B.Sc. Computer Science, University of Fjordvik, 2014"),
            H("Skills"),
            T("Rust, C, Go, Linux, OAuth2, TLS"),
        ),
    ),
    Resume(
        "docx-heading2-italic-dates", "docx",
        notes="each role a Word 'Heading 2' 'Title — Org', dates in italics on the next line "
        "'March 2016 to June 2020' / 'July 2020 to present'; Engineering Manager",
        blocks=(
            Name("Rosalind Achebe"),
            T("rosalind.achebe@example.com · (555) 014-9021 · Atlanta, GA"),
            H("Experience"),
            Sub("Engineering Manager — Pinecrest Health"),
            Italic("July 2020 to present"),
            B("Manage eight engineers on a Django and PostgreSQL patient portal on AWS"),
            Sub("Senior Engineer — Acme Freight"),
            Italic("March 2016 to June 2020"),
            B("Built Celery workers and Redis caches for routing"),
            Sub("Software Engineer — Acme Freight"),
            Italic("August 2011 to February 2016"),
            B("Python services for shipment tracking"),
            H("Education"),
            T("Master of Science in Computer Science, Georgia Lakes University, 2011"),
            H("Skills"),
            T("Python, Django, PostgreSQL, Redis, Celery, AWS"),
        ),
    ),
    Resume(
        "career-break-contract-concurrent", "pdf",
        notes="'Career break (travel and family care)' Mar 2019 – Dec 2020 (does not count); "
        "'Contract Backend Developer (6-month contract)'; an 'Independent Consultant' role "
        "concurrent with employment (months once)",
        blocks=(
            Name("Harriet Osei-Lindgren"),
            T("harriet.ol@example.com  |  (555) 012-7744  |  Portland, OR"),
            H("Experience"),
            E("Backend Developer, Hollis & Marsh", "Jul 2021 – Present"),
            B("Ruby on Rails APIs on PostgreSQL, deployed to Heroku"),
            E("Independent Consultant (evenings), self-employed", "Mar 2022 – Dec 2023"),
            B("Dockerised legacy Ruby apps for two small clients"),
            E("Contract Backend Developer (6-month contract), Velocity Lending",
              "Jan 2021 – Jun 2021"),
            E("Career break (travel and family care)", "Mar 2019 – Dec 2020"),
            E("Software Developer, Tidewater Games", "Apr 2015 – Feb 2019"),
            H("Education"),
            T("BA in Computer Science, Reed Valley College, 2015"),
            H("Skills"),
            T("Ruby, Ruby on Rails, PostgreSQL, Docker, Heroku"),
        ),
    ),
    Resume(
        "nurse-no-tech", "docx",
        notes="non-tech: registered nurse; hyphenated surname; 'Charge Nurse' (not senior); "
        "'lead a team of 12' verb; clinical words (Vitamin C, Hepatitis B, ACLS, Epic EHR); "
        "only Microsoft Excel is a genuine skill",
        blocks=(
            Name("Abena Owusu-Mensah, RN"),
            T("abena.owusu@example.com · (555) 016-3310 · Columbus, OH"),
            H("Professional Summary"),
            T("Compassionate registered nurse with medical-surgical and telemetry experience; "
              "the go-to nurse for new graduate orientation."),
            H("Clinical Experience"),
            E("Charge Nurse, St. Brendan's General Hospital", "Apr 2019 – Present"),
            B("Lead a team of 12 nurses on a 32-bed medical-surgical unit"),
            B("Coordinate IV therapy, Vitamin C infusions and wound care plans"),
            E("Registered Nurse, Riverside Community Hospital", "Sep 2013 – Mar 2019"),
            B("Administered Hepatitis B vaccinations; documented care in Epic EHR"),
            H("Education"),
            T("Bachelor of Science in Nursing (BSN), Ohio Plains University, 2013"),
            H("Licenses & Certifications"),
            T("Registered Nurse, State of Ohio; BLS; ACLS; PALS"),
            H("Skills"),
            T("Patient assessment, telemetry monitoring, triage, Microsoft Excel"),
        ),
    ),
    Resume(
        "teacher-head-of-year", "pdf",
        notes="non-tech: teacher; name with particles 'Jan van der Berg'; concurrent 'Head of "
        "Year 9' (senior by the word list); 'Student teacher placement' (does not count); "
        "PGCE over BSc (Hons); 'Principal' in References; Python for a coding club",
        blocks=(
            Name("Jan van der Berg"),
            T("jan.vanderberg@example.com  ·  07700 900 118  ·  Norwich"),
            H("Teaching Experience"),
            E("Mathematics Teacher, Oakridge Secondary School", "Sep 2016 – Present"),
            E("Head of Year 9, Oakridge Secondary School", "Sep 2021 – Present"),
            B("Lead pastoral care for 180 pupils and a team of 7 tutors"),
            E("Teacher, Linden Primary School", "Sep 2012 – Jul 2016"),
            E("Student teacher placement, Linden Primary School", "Jan 2012 – Jun 2012"),
            H("Qualifications"),
            T("PGCE Secondary Mathematics, University of Eastwold, 2012"),
            T("BSc (Hons) Mathematics, University of Eastwold, 2011"),
            H("Skills"),
            T("Microsoft Excel, Google Classroom, GeoGebra, Python (coding club)"),
            H("References"),
            T("Mrs Deborah Lyle, Principal, Linden Primary School"),
        ),
    ),
    Resume(
        "cv-title-particle-name", "pdf",
        notes="'CURRICULUM VITAE' is the first line, name 'Ana de la Cruz' below it; "
        "'Software Engineer II'; 'Senior Year Project' and '(team lead)' in Education",
        blocks=(
            Name("CURRICULUM VITAE"),
            Bold("Ana de la Cruz"),
            T("ana.delacruz@example.com  |  (555) 011-5566  |  San Diego, CA"),
            H("Experience"),
            E("Software Engineer II, Marigold Payments", "Feb 2020 – Present"),
            B("TypeScript and React dashboards; Node.js GraphQL gateway on AWS Lambda"),
            E("Software Engineer, Copperleaf Studios", "Jun 2017 – Jan 2020"),
            H("Education"),
            T("B.S. Computer Engineering, Universidad del Pacífico Norte, 2017"),
            T("Senior Year Project: low-power sensor mesh (team lead)"),
            H("Skills"),
            T("TypeScript, React, Node.js, GraphQL, AWS Lambda"),
        ),
    ),
    Resume(
        "seniority-word-traps", "docx",
        notes="'Lead'/'Led' as verbs in bullets of non-senior roles; 'Principal's List' award; "
        "'Senior Year Project'; 'Junior Developer'",
        blocks=(
            Name("Theo Marchetti-Lang"),
            T("theo.ml@example.com | (555) 017-0032 | Denver, CO"),
            H("Experience"),
            E("Software Developer, Bluestone Analytics", "May 2019 – Present"),
            B("Lead the migration of reporting jobs to Scala on Apache Spark"),
            B("Led weekly architecture reviews with the data team"),
            E("Junior Developer, Bluestone Analytics", "Jul 2017 – Apr 2019"),
            H("Education"),
            T("B.S. Computer Science, Front Range University, 2017"),
            T("Senior Year Project: a Scala ray tracer"),
            H("Awards"),
            T("Principal's List, Front Range University, 2016"),
            H("Skills"),
            T("Scala, Apache Spark, SQL, Git"),
        ),
    ),
    Resume(
        "resume-title-name-label", "docx", docx_styles=False,
        notes="first line 'RÉSUMÉ'; the name given as 'Name: Kwame Asante-Boateng'; "
        "'Email:' label; 'MSc … (2015)'; SRE roles",
        blocks=(
            Bold("RÉSUMÉ"),
            T("Name: Kwame Asante-Boateng"),
            T("Email: kwame.ab@example.com"),
            T("Phone: +233 30 555 0199"),
            H("Work Experience"),
            E("Senior Site Reliability Engineer, Baobab Telecom", "Oct 2020 – Present"),
            B("Prometheus and Grafana alerting; Terraform on GCP; Kubernetes upgrades"),
            E("Systems Engineer, Baobab Telecom", "Jan 2016 – Sep 2020"),
            B("Python automation for network inventory"),
            H("Education"),
            T("MSc Computer Networks, University of Volta (2015)"),
            T("BSc Computer Science, University of Volta (2013)"),
            H("Skills"),
            T("Prometheus, Grafana, Terraform, GCP, Kubernetes, Python"),
        ),
    ),
    Resume(
        "consultant-meng", "pdf",
        notes="own-company 'Principal Consultant' with a concurrent part-time lecturer role; "
        "'Graduate Trainee' (counts); MEng (integrated master)",
        blocks=(
            Name("Priyanka Sandhu-Walsh"),
            T("priyanka@example.com  |  Manchester  |  07700 900 377"),
            H("Career History"),
            E("Principal Consultant, Kestrel Data Ltd", "May 2020 – Present"),
            B("Snowflake and dbt platforms for retail clients, orchestrated with Apache Airflow"),
            E("Part-time Lecturer, Salford City College", "Sep 2021 – Jun 2023"),
            E("Data Engineer, Harlow Insurance", "Jan 2016 – Apr 2020"),
            B("Python ETL on AWS, Terraform for the data lake"),
            E("Graduate Trainee, Harlow Insurance", "Sep 2014 – Dec 2015"),
            H("Education"),
            T("MEng Computer Science, University of Irwell, 2014"),
            H("Skills"),
            T("Snowflake, dbt, Python, Apache Airflow, AWS, Terraform"),
        ),
    ),
    Resume(
        "research-software-phd", "docx",
        notes="research software engineer: 'Ph.D. in Physics'; Postdoctoral Research "
        "Associate; Senior RSE; Publications with conference years; C++ and CUDA without C",
        blocks=(
            Name("Dr. Mirela Constantinescu"),
            T("mirela.c@example.com · +44 131 496 0555 · Edinburgh"),
            H("Positions"),
            E("Senior Research Software Engineer, Lothian Supercomputing Centre",
              "Jan 2024 – present"),
            E("Research Software Engineer, Lothian Supercomputing Centre",
              "Sep 2020 – Dec 2023"),
            E("Postdoctoral Research Associate, School of Physics, University of Pentland",
              "Oct 2017 – Aug 2020"),
            H("Education"),
            T("Ph.D. in Physics, University of Pentland, 2017"),
            T("M.Sc. Computational Physics, University of Bucharest-Nord, 2013"),
            H("Selected Publications"),
            T("Constantinescu, M. et al. Lattice solvers on GPUs. SC 2022."),
            T("Constantinescu, M. and Reid, A. Mixed precision for plasma codes. IPDPS 2019."),
            T("Constantinescu, M. Turbulence at scale. J. Comput. Phys., 2016."),
            H("Skills"),
            T("C++, CUDA, Fortran, Python, Linux"),
        ),
    ),
    Resume(
        "marketing-no-tech", "pdf",
        notes="non-tech: marketing manager; 'go-to-market', 'spark engagement', 'swift "
        "turnaround' as ordinary words; part-time student sales job "
        "(does not count); BBA; genuine Salesforce, Google Analytics, Excel",
        blocks=(
            Name("Chloé Dubois-Martin"),
            T("chloe.dm@example.com  ·  (555) 018-4410  ·  Chicago, IL"),
            H("Experience"),
            E("Marketing Manager, Hollowbrook Foods", "2020 – Present"),
            B("Owned the go-to-market plan for three product lines"),
            B("Ran campaigns to spark engagement with a swift turnaround on creative"),
            E("Marketing Coordinator, Hollowbrook Foods", "2016 – 2019"),
            E("Sales Associate (part-time, while studying), Lakeshore Outfitters",
              "2013 – 2015"),
            H("Education"),
            T("BBA in Marketing, Lakeshore University, 2015"),
            H("Tools"),
            T("Salesforce, Google Analytics, Excel, Canva, Hootsuite"),
        ),
    ),
    Resume(
        "spanish-staff-ongoing", "docx",
        notes="Spanish compound name 'María José García-Herrera' in the page header; "
        "'Staff Software Engineer'; bare years with '2021 – ongoing'; Scala/Akka/Cassandra",
        header=(T("María José García-Herrera"), T("mj.garcia@example.com · Valencia")),
        blocks=(
            H("Professional Experience"),
            E("Staff Software Engineer, Alcántara Cloud", "2021 – ongoing"),
            B("Akka services in Scala over Kafka and Cassandra"),
            E("Software Engineer, Alcántara Cloud", "2017 – 2020"),
            B("Apache Spark jobs for usage billing"),
            E("Junior Software Engineer, Mirador Apps", "2015 – 2016"),
            H("Education"),
            T("B.Sc. Computer Science, Universidad de Levante, 2014"),
            H("Skills"),
            T("Scala, Akka, Kafka, Cassandra, Apache Spark"),
        ),
    ),
    Resume(
        "docx-textbox-contact", "docx",
        notes="name and contact in a floating VML text box at the top; body roles as "
        "'Title, Org<TAB>dates' Normal paragraphs; 'Jan. 2018 - Today'; 'Senior' and "
        "'Principal' inside employer names (Senior Living Partners, Principal Mutual Group)",
        blocks=(
            Box(("Nadia Rahimi-Sterling", "nadia.rs@example.com · (555) 019-2231 · Des Moines, IA")),
            H("Experience"),
            E("Software Engineer, Principal Mutual Group", "Jan. 2018 - Today"),
            B("Java and Spring Boot services for retirement accounts"),
            E("Application Developer, Senior Living Partners", "Jun. 2014 - Dec. 2017"),
            B("Maintained a PHP scheduling tool on MySQL"),
            H("Education"),
            T("B.S. Information Systems, Prairie State University, 2014"),
            H("Skills"),
            T("Java, Spring Boot, PHP, MySQL, Jenkins"),
        ),
    ),
    Resume(
        "pdf-grid-dates-right-cert-architect", "pdf",
        notes="PDF three-column grid 'Title | Org, City | dates' with '04/2020 – today'; "
        "'Contract DevOps Engineer (via agency)'; dated Awards line and an 'AWS Certified "
        "Solutions Architect – Associate (2021)' certification (neither is a role)",
        blocks=(
            Name("Pieter-Jan de Vries"),
            T("pj.devries@example.com  |  +31 10 555 0123  |  Rotterdam"),
            H("Work Experience"),
            Table((
                ("Lead Platform Engineer", "Corbel Freight, Rotterdam", "04/2020 – today"),
                ("Contract DevOps Engineer (via agency)", "Havenlijn B.V., Delft",
                 "11/2018 – 03/2020"),
                ("Systems Engineer", "Maasdata B.V., Rotterdam", "2013 – 2018"),
            )),
            H("Certifications"),
            T("AWS Certified Solutions Architect – Associate (2021)"),
            T("Certified Kubernetes Administrator (2020)"),
            H("Awards"),
            T("2019 – Engineer of the Year, Havenlijn B.V."),
            H("Education"),
            T("HBO Bachelor of ICT, Hogeschool Maasstad, 2013"),
            H("Skills"),
            T("AWS, Kubernetes, Terraform, Ansible, GitLab CI, Linux"),
        ),
    ),
    Resume(
        "pdf-grid-org-senior-words", "pdf",
        notes="PDF grid 'Title | Employer, City | dates' where the employers carry seniority "
        "words (Principal…, Senior…, Chief… in company names); none of the titles is senior",
        blocks=(
            Name("Oluwaseun Adeyemi-Park"),
            T("seun.ap@example.com  |  (555) 015-7712  |  Austin, TX"),
            H("Experience"),
            Table((
                ("Software Engineer", "Principal Harbor Financial, Austin", "Mar 2019 – present"),
                ("QA Analyst", "Senior Care Network, Dallas", "Jun 2015 – Feb 2019"),
                ("Support Engineer", "Chief Outfitters Inc., Dallas", "Jan 2013 – May 2015"),
            )),
            H("Education"),
            T("B.S. Computer Science, Lone Prairie University, 2012"),
            H("Skills"),
            T("TypeScript, Angular, Java, Selenium, PostgreSQL"),
        ),
    ),
)


def all_cases() -> tuple[Resume, ...]:
    return CASES
