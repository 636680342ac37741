"""Expected facts for each second-set résumé, written by hand from its text.

The role data are structured here and the years computed from them by the first set's helper
(tests/validation/labels.py: Present = 2026-11, inclusive months, bare year = Jan..Dec,
roles with counts=False left out, overlapping months once, the shared seniority words), so
the labels are independent of the screener. Skills use the canonical names of
screener/data/skills.yaml; `absent` holds the traps each case sets.
"""

from __future__ import annotations

from tests.validation.labels import L, Label, R

LABELS: dict[str, Label] = {
    "academic-cv": L(
        "Tomasz Wierzbicki", "t.wierzbicki@example.com", "doctorate",
        [R("Assistant Professor", "2019-08", None), R("Postdoctoral Researcher", "2015-01", "2019-07"),
         R("Teaching Assistant", "2011-01", "2013-12", counts=False)],
        ["Python", "C++", "MATLAB", "Linux", "Kubernetes"], ["R", "C", "Go", "Java"]),
    "europass-lines": L(
        "Giulia Rossi", "giulia.rossi@example.com", "master",
        [R("Senior Software Developer", "2018-09", None), R("Software Developer", "2014-03", "2018-08"),
         R("Intern", "2013-02", "2013-07", counts=False)],
        ["Java", "Spring Boot", "Oracle Database", "Jenkins", "Microservices"], ["Go", "R", "C"]),
    "europass-table": L(
        "João Pedro Magalhães", "joao.magalhaes@example.com", "bachelor",
        [R("QA Manager", "2018-09", None), R("Lead Test Engineer", "2015-09", "2018-08"),
         R("Software Tester", "2012-01", "2015-08")],
        ["Selenium", "Cypress", "JMeter", "Jenkins", "Java", "Jira"], ["Python", "C"]),
    "indian-company-duration": L(
        "Saurabh Kulkarni", "saurabh.kulkarni@example.com", "master",
        [R("Senior Software Engineer", "2018-06", None), R("Software Engineer", "2014-07", "2018-05")],
        ["Java", "Python", "Spring Boot", "Hibernate", "MySQL", "MongoDB", "Git", "Jira", "Maven",
         "REST APIs"], ["C", "R", "Go"]),
    "indian-pipe-pursuing-mba": L(
        "Lakshmi Narayanan Iyer", "lakshmi.iyer@example.com", "bachelor",
        [R("Technical Lead", "2016-04", None), R("Software Engineer", "2012-08", "2016-03")],
        ["C#", "ASP.NET", "SQL Server", "Azure", "Angular", ".NET"], ["C", "Java"]),
    "british-year-ranges": L(
        "Eleanor Fitzgerald-Hughes", "eleanor.fh@example.com", "master",
        [R("Lead Data Engineer", "2019-01", None), R("Data Engineer", "2015-01", "2019-12"),
         R("Graduate Analyst", "2013-01", "2015-12")],
        ["Python", "SQL", "Apache Spark", "Apache Airflow", "Azure", "Power BI"], ["R", "C", "Go"]),
    "british-head-of-hnd": L(
        "Callum McAllister", "callum.mcallister@example.com", "bachelor",
        [R("Head of Engineering", "2018-10", None), R("Engineering Team Lead", "2015-03", "2018-09"),
         R("Software Developer", "2010-07", "2015-02")],
        ["PHP", "Laravel", "Vue.js", "MySQL", "AWS"], ["Java", "Go", "C"]),
    "german-since-diplom": L(
        "Jörg Baumgärtner", "joerg.baumgaertner@example.com", "master",
        [R("Software Architect", "2019-03", None), R("Software Engineer", "2014-04", "2019-02"),
         R("Working student", "2012-10", "2014-03", counts=False)],
        ["Java", "Kotlin", "Kafka", "Kubernetes", "PostgreSQL", "Domain-Driven Design",
         "Event-Driven Architecture"], ["Go", "R", "C"]),
    "functional-work-history": L(
        "Marisol Etxeberria", "marisol.etxeberria@example.com", "associate",
        [R("DevOps Engineer", "2019-01", "2024-12"), R("Systems Administrator", "2014-01", "2019-12"),
         R("IT Support Technician", "2011-01", "2014-12")],
        ["AWS", "Terraform", "Ansible", "Jenkins", "Python", "Bash", "Linux"], ["Go", "Kubernetes"]),
    "stated-fifteen-listed-ten": L(
        "Dominic Achterberg", "dominic.achterberg@example.com", "bachelor",
        [R("Staff Engineer", "2021-02", None), R("Senior Backend Engineer", "2017-01", "2021-01")],
        ["Go", "gRPC", "PostgreSQL", "Kafka", "Kubernetes"], ["Java"]),
    "docx-table-dates-right": L(
        "Ingrid Solberg", "ingrid.solberg@example.com", "bachelor",
        [R("Principal Engineer", "2020-08", None), R("Security Engineer", "2016-03", "2020-07"),
         R("Junior Developer", "2014-09", "2016-02")],
        ["Rust", "C", "Go", "Linux", "OAuth2", "TLS"], ["Python", "Java"]),
    "docx-heading2-italic-dates": L(
        "Rosalind Achebe", "rosalind.achebe@example.com", "master",
        [R("Engineering Manager", "2020-07", None), R("Senior Engineer", "2016-03", "2020-06"),
         R("Software Engineer", "2011-08", "2016-02")],
        ["Python", "Django", "PostgreSQL", "Redis", "Celery", "AWS"], ["Java", "Go"]),
    "career-break-contract-concurrent": L(
        "Harriet Osei-Lindgren", "harriet.ol@example.com", "bachelor",
        [R("Backend Developer", "2021-07", None), R("Independent Consultant", "2022-03", "2023-12"),
         R("Contract Backend Developer", "2021-01", "2021-06"),
         R("Career break", "2019-03", "2020-12", counts=False),
         R("Software Developer", "2015-04", "2019-02")],
        ["Ruby", "Ruby on Rails", "PostgreSQL", "Docker", "Heroku"], ["Go", "Python"]),
    "nurse-no-tech": L(
        "Abena Owusu-Mensah", "abena.owusu@example.com", "bachelor",
        [R("Charge Nurse", "2019-04", None), R("Registered Nurse", "2013-09", "2019-03")],
        ["Excel"], ["C", "Go", "R"]),
    "teacher-head-of-year": L(
        "Jan van der Berg", "jan.vanderberg@example.com", "bachelor",
        [R("Mathematics Teacher", "2016-09", None), R("Head of Year 9", "2021-09", None),
         R("Teacher", "2012-09", "2016-07"),
         R("Student teacher placement", "2012-01", "2012-06", counts=False)],
        ["Excel", "Python"], ["R", "Go", "C"]),
    "cv-title-particle-name": L(
        "Ana de la Cruz", "ana.delacruz@example.com", "bachelor",
        [R("Software Engineer II", "2020-02", None), R("Software Engineer", "2017-06", "2020-01")],
        ["TypeScript", "React", "Node.js", "GraphQL", "AWS Lambda"], ["Java", "Go"]),
    "seniority-word-traps": L(
        "Theo Marchetti-Lang", "theo.ml@example.com", "bachelor",
        [R("Software Developer", "2019-05", None), R("Junior Developer", "2017-07", "2019-04")],
        ["Scala", "Apache Spark", "SQL", "Git"], ["Java", "Go"]),
    "resume-title-name-label": L(
        "Kwame Asante-Boateng", "kwame.ab@example.com", "master",
        [R("Senior Site Reliability Engineer", "2020-10", None), R("Systems Engineer", "2016-01", "2020-09")],
        ["Prometheus", "Grafana", "Terraform", "GCP", "Kubernetes", "Python"], ["Go", "R"]),
    "consultant-meng": L(
        "Priyanka Sandhu-Walsh", "priyanka@example.com", "master",
        [R("Principal Consultant", "2020-05", None), R("Part-time Lecturer", "2021-09", "2023-06"),
         R("Data Engineer", "2016-01", "2020-04"), R("Graduate Trainee", "2014-09", "2015-12")],
        ["Snowflake", "dbt", "Python", "Apache Airflow", "AWS", "Terraform", "ETL"], ["Go", "Java"]),
    "research-software-phd": L(
        ("Mirela Constantinescu", "Dr. Mirela Constantinescu"), "mirela.c@example.com", "doctorate",
        [R("Senior Research Software Engineer", "2024-01", None),
         R("Research Software Engineer", "2020-09", "2023-12"),
         R("Postdoctoral Research Associate", "2017-10", "2020-08")],
        ["C++", "CUDA", "Fortran", "Python", "Linux"], ["C", "R", "Go"]),
    "marketing-no-tech": L(
        "Chloé Dubois-Martin", "chloe.dm@example.com", "bachelor",
        [R("Marketing Manager", "2020-01", None), R("Marketing Coordinator", "2016-01", "2019-12"),
         R("Sales Associate", "2013-01", "2015-12", counts=False)],
        ["Salesforce", "Google Analytics", "Excel"], ["Go", "Apache Spark", "Swift"]),
    "spanish-staff-ongoing": L(
        "María José García-Herrera", "mj.garcia@example.com", "bachelor",
        [R("Staff Software Engineer", "2021-01", None), R("Software Engineer", "2017-01", "2020-12"),
         R("Junior Software Engineer", "2015-01", "2016-12")],
        ["Scala", "Akka", "Kafka", "Cassandra", "Apache Spark"], ["Java", "Go"]),
    "docx-textbox-contact": L(
        "Nadia Rahimi-Sterling", "nadia.rs@example.com", "bachelor",
        [R("Software Engineer", "2018-01", None), R("Application Developer", "2014-06", "2017-12")],
        ["Java", "Spring Boot", "PHP", "MySQL", "Jenkins"], ["Go", "C"]),
    "pdf-grid-dates-right-cert-architect": L(
        "Pieter-Jan de Vries", "pj.devries@example.com", "bachelor",
        [R("Lead Platform Engineer", "2020-04", None), R("Contract DevOps Engineer", "2018-11", "2020-03"),
         R("Systems Engineer", "2013-01", "2018-12")],
        ["AWS", "Kubernetes", "Terraform", "Ansible", "GitLab CI", "Linux"], ["Go", "Python"]),
    "pdf-grid-org-senior-words": L(
        "Oluwaseun Adeyemi-Park", "seun.ap@example.com", "bachelor",
        [R("Software Engineer", "2019-03", None), R("QA Analyst", "2015-06", "2019-02"),
         R("Support Engineer", "2013-01", "2015-05")],
        ["TypeScript", "Angular", "Java", "Selenium", "PostgreSQL"], ["Go", "C"]),
}
