-- Adverse-event reports captured from inbox items for the organization's pharmacovigilance
-- process. Text fields may hold health information about a person. Seriousness holds the ICH
-- E2A criteria met, as codes separated by ';'. A draft is edited; a submitted report is final.

create table adverse_event_report (
    id                   uuid primary key,
    organization_id      uuid          not null references organization (id),
    source_item_id       uuid,
    patient_identifiable varchar(10)   not null,
    reporter_type        varchar(20),
    contact_permission   varchar(10)   not null,
    product_name         varchar(200)  not null,
    lot_number           varchar(60)   not null,
    event_description    varchar(4000) not null,
    onset                varchar(200)  not null,
    seriousness          varchar(200)  not null,
    outcome              varchar(20)   not null,
    status               varchar(20)   not null,
    prefill_notes        varchar(4000) not null,
    created_by           uuid          not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    submitted_at         timestamp with time zone,
    version              integer       not null
);

create index adverse_event_report_organization on adverse_event_report (organization_id, created_at);
