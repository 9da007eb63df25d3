-- Channels: the networks each organization has connected, with their tokens encrypted at rest
-- (AES-256-GCM; each value carries the id of the key that encrypted it, so keys can rotate),
-- the OAuth attempts in flight, the per-server app registrations (Mastodon) and the built-in
-- sandbox network's posts. Plain SQL types only: the same file runs on H2 (PostgreSQL mode) and
-- PostgreSQL 15+.

create table channel_account (
    id                uuid primary key,
    organization_id   uuid not null references organization (id),
    network           varchar(20)  not null,
    handle            varchar(300) not null,
    remote_account_id varchar(300) not null,
    status            varchar(30)  not null,
    -- Where the account lives. For accounts on their own server (a Mastodon instance) these
    -- values are the account's; for the others the configured values win, so a changed API
    -- version applies to every account at once.
    own_server        boolean       not null,
    base_url          varchar(500)  not null,
    api_version       varchar(50)   not null,
    client_id         varchar(500)  not null,
    client_secret     varchar(4000),
    -- Encrypted JSON of the tokens; null once the account is disconnected.
    credentials       varchar(20000),
    connected_by      uuid,
    connected_at      timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null
);
create unique index channel_account_remote_uk on channel_account (organization_id, network, remote_account_id);
create index channel_account_org_ix on channel_account (organization_id, connected_at);

-- One row per OAuth redirect in flight: the state (stored as its SHA-256) and the PKCE verifier
-- (encrypted). Kept in the database rather than the HTTP session, so the callback may reach any
-- node; a row is deleted when used, which makes it single-use.
create table channel_authorization (
    state_hash      char(64) primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null,
    network         varchar(20)   not null,
    server_host     varchar(300),
    code_verifier   varchar(1000) not null,
    redirect_uri    varchar(1000) not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null
);
create index channel_authorization_expiry_ix on channel_authorization (expires_at);

-- Carecast's app as registered on one server (a Mastodon instance) for one organization.
create table channel_app_registration (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    network         varchar(20)  not null,
    host            varchar(300) not null,
    base_url        varchar(500) not null,
    api_version     varchar(50)  not null,
    client_id       varchar(500) not null,
    client_secret   varchar(4000),
    created_at      timestamp with time zone not null
);
create unique index channel_app_registration_uk on channel_app_registration (organization_id, network, host);

-- The sandbox network's own storage: what a real network would keep.
create table sandbox_post (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    account         varchar(300) not null,
    remote_id       varchar(100) not null,
    body            varchar(40000) not null,
    reply_to        varchar(100),
    idempotency_key uuid not null,
    media_count     integer not null,
    created_at      timestamp with time zone not null,
    deleted         boolean not null
);
-- A resend with the same idempotency key finds the first post instead of creating another.
create unique index sandbox_post_idempotency_uk on sandbox_post (account, idempotency_key);
create unique index sandbox_post_remote_uk on sandbox_post (remote_id);
create index sandbox_post_org_ix on sandbox_post (organization_id, created_at);
