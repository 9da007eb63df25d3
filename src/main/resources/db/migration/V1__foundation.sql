-- Foundation schema: organizations, people, API tokens, login throttling and the audit trail.
-- Written once for both H2 (PostgreSQL mode) and PostgreSQL 15+: plain SQL types only.
-- Every business row carries organization_id; queries always filter on it.

create table organization (
    id          uuid primary key,
    name        varchar(200) not null,
    time_zone   varchar(64)  not null,
    created_at  timestamp with time zone not null
);

create table app_user (
    id                   uuid primary key,
    organization_id      uuid not null references organization (id),
    email                varchar(320) not null,
    display_name         varchar(200) not null,
    password_hash        varchar(200) not null,
    enabled              boolean not null,
    must_change_password boolean not null,
    created_at           timestamp with time zone not null
);
-- Email is the login name, so it is unique across organizations (stored lower-case).
create unique index app_user_email_uk on app_user (email);
create index app_user_org_ix on app_user (organization_id);

create table user_role (
    user_id         uuid not null references app_user (id) on delete cascade,
    organization_id uuid not null references organization (id),
    role            varchar(20) not null,
    primary key (user_id, role)
);

create table staff_member (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    full_name       varchar(200) not null,
    title           varchar(200),
    department      varchar(200),
    public_handle   varchar(100),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index staff_member_org_ix on staff_member (organization_id, full_name);

create table api_token (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null references app_user (id) on delete cascade,
    name            varchar(100) not null,
    token_hash      char(64) not null,
    token_prefix    varchar(16) not null,
    created_at      timestamp with time zone not null,
    last_used_at    timestamp with time zone,
    revoked_at      timestamp with time zone
);
create unique index api_token_hash_uk on api_token (token_hash);
create index api_token_user_ix on api_token (organization_id, user_id);

-- Failed logins are counted per SHA-256 of the lower-cased login name, so unknown names are
-- throttled too (no account enumeration) and the table holds no readable email addresses.
create table login_throttle (
    subject_hash      char(64) primary key,
    failures          integer not null,
    window_started_at timestamp with time zone not null,
    locked_until      timestamp with time zone
);

-- One hash chain per organization (chain_key = organization id) plus a 'system' chain for
-- security events that belong to no organization (a failed login for an unknown name).
create table audit_chain (
    chain_key varchar(64) primary key,
    last_seq  bigint not null,
    last_hash char(64) not null
);
insert into audit_chain (chain_key, last_seq, last_hash)
values ('system', 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table audit_event (
    id              uuid primary key,
    chain_key       varchar(64) not null,
    seq             bigint not null,
    organization_id uuid,
    occurred_at     timestamp with time zone not null,
    actor_id        uuid,
    actor_name      varchar(200),
    action          varchar(64) not null,
    resource_type   varchar(64),
    resource_id     varchar(100),
    client_address  varchar(64),
    outcome         varchar(16) not null,
    summary         varchar(500),
    prev_hash       char(64) not null,
    hash            char(64) not null
);
create unique index audit_event_chain_seq_uk on audit_event (chain_key, seq);
create index audit_event_org_time_ix on audit_event (organization_id, occurred_at);
