-- The engagement inbox: comments, mentions and direct messages read from the networks, their
-- triage labels, guardrail flags, priority and SLA, with notes, presence, replies and the
-- per-organization crisis line. Runs on H2 (PostgreSQL mode) and PostgreSQL.

-- One row per item on a network: (organization, account, remote id) is unique, so an item
-- delivered twice (a poll that overlaps, a webhook retried) is updated, never duplicated.
create table inbox_item (
    id                  uuid primary key,
    organization_id     uuid not null references organization (id),
    account_id          uuid not null,
    network             varchar(20) not null,
    kind                varchar(20) not null,
    remote_id           varchar(500) not null,
    author_handle       varchar(300) not null,
    author_name         varchar(300),
    body                varchar(65536) not null,
    created_at          timestamp with time zone not null,
    received_at         timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    in_reply_to         varchar(500),
    root_post_remote_id varchar(500),
    conversation_id     varchar(500),
    url                 varchar(2000),
    -- Label codes, most urgent first, comma separated, for display; inbox_item_label holds
    -- one row per label for filtering.
    labels              varchar(200) not null,
    label_reasons       varchar(4000) not null,
    -- Guardrail flags of the inbound scan; the summary names rules, never the matched text.
    phi_found           boolean not null,
    misinformation_found boolean not null,
    conduct_found       boolean not null,
    findings_summary    varchar(4000) not null,
    -- 0 urgent, 1 high, 2 normal, 3 low: sorts ascending, most urgent first.
    priority            smallint not null,
    sla_due_at          timestamp with time zone not null,
    status              varchar(10) not null,
    assignee_id         uuid,
    assignee_name       varchar(200),
    moderation          varchar(10) not null,
    moderation_reason   varchar(40),
    moderated_at        timestamp with time zone,
    legal_hold          boolean not null,
    text_purged         boolean not null,
    version             bigint not null,
    constraint inbox_item_remote_uq unique (organization_id, account_id, remote_id)
);
-- The list: an organization's items of one status, most urgent and oldest SLA first.
create index inbox_item_list_ix on inbox_item (organization_id, status, priority, sla_due_at, id);
create index inbox_item_assignee_ix on inbox_item (organization_id, assignee_id, status, priority, sla_due_at);
create index inbox_item_network_ix on inbox_item (organization_id, network, status, priority, sla_due_at);
create index inbox_item_conversation_ix on inbox_item (organization_id, account_id, conversation_id);
create index inbox_item_root_ix on inbox_item (organization_id, account_id, root_post_remote_id);
create index inbox_item_moderated_ix on inbox_item (moderation, moderated_at);

-- One row per label of an item, with the item's list columns copied, so that "all open
-- crisis items" is one index range in list order even with a million items.
create table inbox_item_label (
    item_id         uuid not null references inbox_item (id) on delete cascade,
    organization_id uuid not null references organization (id),
    label           varchar(20) not null,
    status          varchar(10) not null,
    priority        smallint not null,
    sla_due_at      timestamp with time zone not null,
    primary key (item_id, label)
);
create index inbox_item_label_list_ix on inbox_item_label (organization_id, label, status, priority, sla_due_at, item_id);

create table inbox_note (
    id              uuid primary key,
    item_id         uuid not null references inbox_item (id) on delete cascade,
    organization_id uuid not null references organization (id),
    author_id       uuid not null,
    author_name     varchar(200) not null,
    body            varchar(4000) not null,
    created_at      timestamp with time zone not null
);
create index inbox_note_item_ix on inbox_note (item_id, created_at);

-- Who opened the reply form on an item and when: "Alex is replying" for a couple of minutes.
-- In the database rather than in memory so that every node of a cluster sees it.
create table inbox_presence (
    item_id         uuid not null references inbox_item (id) on delete cascade,
    organization_id uuid not null references organization (id),
    user_id         uuid not null,
    user_name       varchar(200) not null,
    seen_at         timestamp with time zone not null,
    primary key (item_id, user_id)
);

-- A reply is stored with its idempotency key before the first attempt; the key comes from the
-- form, so a double click or a retried request finds the row and sends nothing new.
create table inbox_reply (
    id               uuid primary key,
    item_id          uuid not null references inbox_item (id) on delete cascade,
    organization_id  uuid not null references organization (id),
    account_id       uuid not null,
    idempotency_key  uuid not null,
    kind             varchar(20) not null,
    body             varchar(10000) not null,
    state            varchar(10) not null,
    remote_id        varchar(500),
    url              varchar(2000),
    failure_reason   varchar(1000),
    attempts         int not null,
    first_attempt_at timestamp with time zone,
    author_id        uuid not null,
    author_name      varchar(200) not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint inbox_reply_key_uq unique (organization_id, idempotency_key)
);
create index inbox_reply_item_ix on inbox_reply (item_id, created_at);

-- The organization's own crisis line, added to the crisis resources reply after 988 and 911.
create table inbox_settings (
    organization_id    uuid primary key references organization (id),
    local_crisis_line  varchar(300),
    updated_at         timestamp with time zone not null
);
