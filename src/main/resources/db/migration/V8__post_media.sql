-- Images attached to a post: every variant of the post carries them, each with its required
-- alt text. The bytes live in the database so that a restore or a second instance has
-- them too. Runs on H2 (PostgreSQL mode) and PostgreSQL.
create table post_media (
    id              uuid primary key,
    post_id         uuid not null references post (id) on delete cascade,
    organization_id uuid not null references organization (id),
    position        integer not null,
    mime_type       varchar(50) not null,
    size_bytes      bigint not null,
    alt_text        varchar(2000) not null,
    content         bytea not null,
    -- Random capability for the public address Instagram and Threads fetch the image from
    -- (/media/{id}/{public_token}); never shown on a page.
    public_token    varchar(64) not null,
    created_at      timestamp with time zone not null
);
create index post_media_post_ix on post_media (post_id, position);
