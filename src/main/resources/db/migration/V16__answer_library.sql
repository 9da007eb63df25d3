-- The organization's own answers to questions its community asks, which reply suggestions rank
-- before the MedQuAD seed. An answer is a draft until an administrator or reviewer approves it;
-- an edit sends it back to draft; retired answers stay for the audit trail's sake. Only approved
-- answers whose review-by date has not passed are suggested.

create table inbox_answer (
    id              uuid primary key,
    organization_id uuid          not null references organization (id),
    question        varchar(300)  not null,
    answer          varchar(1200) not null,
    source_name     varchar(120)  not null,
    source_url      varchar(500)  not null,
    status          varchar(20)   not null,
    review_by       date          not null,
    created_by      uuid          not null,
    created_at      timestamp with time zone not null,
    approved_by     uuid,
    approved_at     timestamp with time zone,
    updated_at      timestamp with time zone not null,
    version         integer       not null
);

create index inbox_answer_organization on inbox_answer (organization_id, status);
