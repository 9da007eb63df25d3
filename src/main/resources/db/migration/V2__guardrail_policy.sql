-- Each organization's guardrail policy: which checks run, severity overrides, the reading-grade
-- target, custom allow/deny terms and the organization's own published contacts (which are not
-- patient identifiers). One row per organization; no row means the defaults.
-- Lists are stored one entry per line.

create table guardrail_policy (
    organization_id uuid primary key references organization (id),
    disabled_checks varchar(500)   not null,
    severities      varchar(500)   not null,
    grade_target    integer        not null,
    allow_terms     varchar(20000) not null,
    deny_terms      varchar(20000) not null,
    own_contacts    varchar(20000) not null,
    updated_at      timestamp with time zone not null
);
