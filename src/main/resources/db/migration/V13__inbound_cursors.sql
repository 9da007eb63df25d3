-- Inbound polling: how far Carecast has read each stream (comments, mentions, direct messages)
-- of each connected account. The cursor is opaque (a network id or a time, as the connector
-- decides) and moves in the same transaction that hands the items read to the inbox, so a
-- crash between two pages never leaves a gap. not_before holds a stream back after a rate
-- limit or failure. Plain SQL types only: runs on H2 (PostgreSQL mode) and PostgreSQL 15+.
create table channel_inbound_cursor (
    organization_id uuid not null references organization (id),
    account_id      uuid not null references channel_account (id),
    stream          varchar(30) not null,
    cursor_value    varchar(1000),
    last_polled_at  timestamp with time zone,
    not_before      timestamp with time zone,
    last_problem    varchar(500),
    primary key (account_id, stream)
);
create index channel_inbound_cursor_org_ix on channel_inbound_cursor (organization_id);

-- Sandbox inbound: what "members of the public" wrote to the organization's sandbox accounts,
-- as a real network would keep it. seq orders items for the sandbox's own read cursor.
create table sandbox_inbound (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    account         varchar(300) not null,
    seq             bigint not null,
    remote_id       varchar(100) not null,
    kind            varchar(30)  not null,
    author_handle   varchar(100) not null,
    body            varchar(5000) not null,
    reply_to        varchar(100),
    hidden          boolean not null,
    deleted         boolean not null,
    created_at      timestamp with time zone not null
);
create unique index sandbox_inbound_remote_uk on sandbox_inbound (remote_id);
create index sandbox_inbound_read_ix on sandbox_inbound (organization_id, account, seq);
