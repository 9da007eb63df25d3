-- Publishing: posts, their per-account variants, review comments, one delivery per target
-- account, and the organization-wide pause. Runs on H2 (PostgreSQL mode) and PostgreSQL.

create table post (
    id                uuid primary key,
    organization_id   uuid not null references organization (id),
    base_text         varchar(10000) not null,
    health_topic      varchar(200),
    campaign          varchar(200),
    consent_reference varchar(200),
    sources           varchar(4000),
    scheduled_at      timestamp with time zone,
    author_id         uuid not null,
    author_name       varchar(200) not null,
    state             varchar(20) not null,
    override_reason   varchar(1000),
    override_by       varchar(200),
    failure_message   varchar(1000),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    -- Optimistic locking: every change names the version it read.
    version           bigint not null
);
create index post_org_state_ix on post (organization_id, state, scheduled_at);

-- One row per target account; the account's network and handle are copied so that lists
-- and the detail page never need to call the networks.
create table post_variant (
    post_id         uuid not null references post (id) on delete cascade,
    organization_id uuid not null references organization (id),
    account_id      uuid not null,
    network         varchar(20) not null,
    handle          varchar(200) not null,
    text_override   varchar(10000),
    link            varchar(2000),
    first_comment   varchar(10000),
    primary key (post_id, account_id)
);

create table post_comment (
    id              uuid primary key,
    post_id         uuid not null references post (id) on delete cascade,
    organization_id uuid not null references organization (id),
    parent_id       uuid,
    author_id       uuid not null,
    author_name     varchar(200) not null,
    body            varchar(4000) not null,
    created_at      timestamp with time zone not null
);
create index post_comment_post_ix on post_comment (post_id, created_at);

-- The idempotency key is generated once, when the delivery is created, and never changes:
-- every retry of the same delivery sends the same key, so the network can tell a retry
-- from a new post.
create table post_delivery (
    id               uuid primary key,
    post_id          uuid not null references post (id) on delete cascade,
    organization_id  uuid not null references organization (id),
    account_id       uuid not null,
    network          varchar(20) not null,
    handle           varchar(200) not null,
    state            varchar(20) not null,
    idempotency_key  uuid not null,
    remote_id        varchar(500),
    remote_url       varchar(2000),
    attempts         integer not null,
    first_attempt_at timestamp with time zone,
    published_at     timestamp with time zone,
    last_error       varchar(1000),
    updated_at       timestamp with time zone not null
);
create unique index post_delivery_post_account_uk on post_delivery (post_id, account_id);
create unique index post_delivery_key_uk on post_delivery (idempotency_key);

create table publishing_pause (
    organization_id uuid primary key references organization (id),
    paused          boolean not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(200) not null,
    reason          varchar(500)
);
