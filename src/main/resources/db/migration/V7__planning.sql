-- Planning: campaigns (tied to health observances or not), the link from a post to its
-- campaign, and the content library of approved posts with their "re-review by" dates.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.

create table campaign (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    name            varchar(200)  not null,
    goal            varchar(2000),
    health_topic    varchar(200),
    starts_on       date          not null,
    ends_on         date          not null,
    -- Network codes, one per line.
    networks        varchar(500)  not null,
    -- The built-in observance it was planned from, if any (its key in observances.json).
    observance_key  varchar(100),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint not null
);
create index campaign_org_span_ix on campaign (organization_id, starts_on, ends_on);

-- The free-text campaign stays (older posts and imports carry one); the reference is what
-- the calendar and the campaign page use.
alter table post add column campaign_id uuid references campaign (id);
create index post_campaign_ix on post (organization_id, campaign_id);

-- A library item keeps a copy of what was approved, so a later edit of the post (which sends
-- it back to review) does not change what the library offers for reuse.
create table library_item (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    post_id         uuid not null references post (id),
    base_text       varchar(10000) not null,
    health_topic    varchar(200),
    sources         varchar(4000),
    review_by       date not null,
    saved_by        varchar(200) not null,
    saved_at        timestamp with time zone not null,
    reviewed_by     varchar(200),
    reviewed_at     timestamp with time zone,
    version         bigint not null
);
create unique index library_item_post_uk on library_item (organization_id, post_id);
create index library_item_org_ix on library_item (organization_id, review_by);
