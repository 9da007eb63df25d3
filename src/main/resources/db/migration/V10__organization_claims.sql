-- Health myths an organization adds for its own community, matched alongside the built-in
-- claim base. Paraphrases are stored one per line. Retired claims stay for the audit trail's
-- sake but are no longer matched.

create table organization_claim (
    id              uuid primary key,
    organization_id uuid          not null references organization (id),
    claim_key       varchar(60)   not null,
    topic           varchar(40)   not null,
    myth            varchar(300)  not null,
    paraphrases     varchar(4000) not null,
    correction      varchar(280)  not null,
    source_name     varchar(120)  not null,
    source_url      varchar(500)  not null,
    last_reviewed   date          not null,
    retired         boolean       not null,
    created_by      uuid          not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         integer       not null,
    constraint organization_claim_key unique (organization_id, claim_key)
);

create index organization_claim_organization on organization_claim (organization_id, retired);
