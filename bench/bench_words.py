"""Word lists the benchmark generator draws from: all invented, none from any real résumé.

Companies are assembled from two parts, so the same name rarely repeats; people's names are
a first and a last name picked independently. Bullets are templates with {skill}, {skill2}
and {n} slots filled per résumé.
"""

FIRST = (
    "Alex", "Blake", "Cameron", "Dakota", "Eden", "Finley", "Gray", "Harley", "Indigo",
    "Jamie", "Kendall", "Logan", "Marlowe", "Noel", "Oakley", "Parker", "Quinn", "Reese",
    "Sage", "Taylor", "Umber", "Vale", "Wren", "Xen", "Yael", "Zion", "Arden", "Briar",
    "Corin", "Devon", "Ellis", "Frankie", "Greer", "Hollis", "Ira", "Jules", "Kai", "Lane",
    "Micah", "Nico", "Oren", "Peyton", "Remy", "Shiloh", "Tatum", "Emery", "Rory", "Sidney",
)
LAST = (
    "Abernathy", "Barlowe", "Castellan", "Dunmore", "Eastwick", "Fairbank", "Galloway",
    "Hartigan", "Ingleby", "Jessop", "Kittredge", "Lockhart", "Merriweather", "Northcott",
    "Oakhurst", "Pembrook", "Quill", "Rosewall", "Stanhope", "Thistlewood", "Underhill",
    "Vantongeren", "Whitlock", "Yardley", "Zellweg", "Ashcombe", "Brightmore", "Coldwell",
    "Dovecote", "Elmsworth", "Fenwick", "Greystone", "Holloway", "Ivesdale", "Kestrel",
    "Larkspur", "Millbrook", "Netherby", "Ormsby", "Penhallow", "Redgrave", "Silverton",
)
PLACES = (
    "Brooklyn, NY", "New York, NY", "Remote (US)", "Austin, TX", "Seattle, WA", "Denver, CO",
    "Chicago, IL", "Boston, MA", "Atlanta, GA", "Portland, OR", "Raleigh, NC", "Remote",
    "San Diego, CA", "Minneapolis, MN", "Pittsburgh, PA", "Salt Lake City, UT", "Madison, WI",
)
ORG_A = (
    "Northwind", "Bluefin", "Cobalt", "Quarry", "Tallgrass", "Meridian", "Aspen", "Harborview",
    "Pinecrest", "Lattice", "Copperline", "Redwood", "Brightwater", "Tidewater", "Sunbeam",
    "Lumen", "Gridiron", "Falcon", "Juniper", "Keystone", "Larchmont", "Mosaic", "Nimbus",
    "Orchard", "Prairie", "Quantum", "Riverbend", "Slate", "Tundra", "Vesper", "Willow",
)
ORG_B = (
    "Labs", "Systems", "Logistics", "Health", "Payments", "Media", "Analytics", "Software",
    "Energy", "Freight", "Bank", "Insurance", "Games", "Robotics", "Commerce", "Networks",
    "Cloud", "Data", "Mobility", "Travel",
)
ORG_C = ("Inc.", "LLC", "", "", "", "Corp.", "Group")
SCHOOLS = (
    "Hudson Valley Institute of Technology", "Lakeshore State University",
    "Front Range University", "Sierra Pacific College", "Great Lakes Polytechnic",
    "Bayfront University", "Ohio Valley University", "Empire State Polytechnic",
    "Desert Ridge University", "Cascade Technical College", "Gulf Coast University",
)
DEGREES = (
    ("B.Sc. Computer Science", "bachelor"), ("B.S. Computer Engineering", "bachelor"),
    ("Bachelor of Science in Software Engineering", "bachelor"), ("B.A. Mathematics", "bachelor"),
    ("M.S. Computer Science", "master"), ("Master of Science in Computer Science", "master"),
    ("M.Eng. Software Systems", "master"), ("MSc Distributed Systems", "master"),
    ("Ph.D. Computer Science", "doctorate"), ("A.A.S. Information Technology", "associate"),
)
LADDER = (  # by seniority: internships first (only ever used for the internship)
    ("Software Engineer Intern", "Backend Engineering Intern", "Software Development Co-op"),
    ("Software Engineer", "Backend Developer", "Software Developer", "Platform Engineer",
     "Junior Developer", "Associate Software Engineer"),
    ("Software Engineer II", "Backend Engineer", "Site Reliability Engineer"),
    ("Senior Software Engineer", "Senior Backend Engineer", "Sr. Platform Engineer"),
    ("Lead Backend Engineer", "Staff Engineer", "Tech Lead, Payments"),
    ("Principal Engineer", "Backend Architect", "Engineering Manager", "Head of Platform"),
)
SKILLS = {
    "Languages": ("Python", "Go", "Java", "Kotlin", "Node.js", "TypeScript", "Rust", "C#",
                  "Scala", "Ruby", "PHP", "C++", "SQL"),
    "Data": ("PostgreSQL", "MySQL", "Redis", "Memcached", "Kafka", "RabbitMQ", "MongoDB",
             "Cassandra", "DynamoDB", "Elasticsearch", "ClickHouse", "Snowflake"),
    "Cloud": ("AWS", "EKS", "RDS", "ElastiCache", "SQS", "SNS", "Lambda", "GCP", "Azure",
              "Kubernetes", "Docker", "Helm", "Istio", "Linkerd", "Terraform",
              "CloudFormation", "Ansible"),
    "Observability": ("Prometheus", "Grafana", "ELK stack", "OpenTelemetry", "Datadog",
                      "Jaeger"),
    "Practices": ("microservices", "CQRS", "event sourcing", "domain-driven design",
                  "rate limiting", "OAuth2", "JWT", "gRPC", "GraphQL", "REST", "CI/CD"),
}
BULLETS = (  # slots: {lang} {db} {infra} {obs} {area} {n} {small}
    "Designed {lang} services handling {n}k requests per second at peak.",
    "Migrated {n} services to {infra} with zero downtime.",
    "Cut p99 latency by {n}% by tuning {db} queries and adding Redis caching.",
    "Led a team of {small} engineers building the {area} platform in {lang}.",
    "Built an event-driven pipeline on Kafka and {db} processing {n}M events a day.",
    "Introduced Terraform for infrastructure as code across {small} AWS accounts.",
    "Rolled out {obs} dashboards and alerts; on-call pages down {n}%.",
    "Implemented OAuth2/JWT authentication and rate limiting for the {area} API.",
    "Scaled the {area} service to {n}M users with {db} replication and sharding.",
    "Wrote the {area} reconciliation job in {lang}, saving {small} hours of manual work a week.",
    "Mentored {small} engineers and ran the weekly architecture review.",
    "Replaced a nightly batch with CQRS read models fed by {db} change events.",
    "Owned on-call for {small} {lang} services on {infra} with a 99.9% availability SLO.",
    "Reduced cloud spend by {n}% by right-sizing {infra} clusters.",
    "Ran {lang} microservices on Kubernetes (EKS) behind an Istio service mesh.",
    "Moved the {area} data from MySQL to {db} with no lost writes.",
)
AREAS = ("payments", "search", "billing", "identity", "notifications", "checkout", "catalog",
         "routing", "ledger", "messaging", "reporting", "onboarding", "fraud", "pricing")
TALKS = (
    "“{skill} in Production: Lessons from {n} Services”, Backend Days {year}.",
    "“Scaling {skill} Past {n}k Requests per Second”, DistSys Summit {year}.",
    "Maintainer of an open-source {skill} client library ({n}00 GitHub stars).",
)
LEVEL_RANK = {"associate": 1, "bachelor": 2, "master": 3, "doctorate": 4}
HEADINGS = (  # summary, experience, education, skills, projects, talks
    ("Summary", "Profile", "About Me", "Professional Summary"),
    ("Experience", "Professional Experience", "Work History", "Employment"),
    ("Education", "Education & Training", "Academic Background"),
    ("Skills", "Technical Skills", "Core Competencies", "Tools & Technologies"),
    ("Projects", "Selected Projects", "Open Source"),
    ("Publications & Talks", "Talks", "Publications"),
)
PROJECTS = (
    "{area}-kit: an open-source {lang} toolkit for {area} APIs ({n}0 GitHub stars).",
    "Built a {db}-backed {area} dashboard in {lang} as a side project; {n}k monthly users.",
    "Contributor to a {lang} client for {db}: connection pooling and retries.",
    "Hackathon winner: real-time {area} alerts in {lang} with WebSockets and {db}.",
)
