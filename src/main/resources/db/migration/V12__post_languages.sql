-- Language versions of a post: the base text's language, its translations, and which of
-- them each account publishes (null: the base text). Codes are ISO 639-1.

alter table post add column language varchar(12);

alter table post_variant add column language varchar(12);

-- The post's images this account does not attach, as comma-separated ids (a post has at
-- most ten): every image goes to every account unless an author leaves it out, so a new
-- image reaches all of them.
alter table post_variant add column images_left_out varchar(1000);

create table post_translation (
    post_id         uuid not null references post (id) on delete cascade,
    organization_id uuid not null references organization (id),
    language        varchar(12) not null,
    text            varchar(10000) not null,
    primary key (post_id, language)
);
