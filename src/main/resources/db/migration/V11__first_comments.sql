-- A variant's first comment is a reply under the published post, sent as its own task.
-- Its idempotency key is made once, when the post is published, and every retry of the
-- comment sends that key, so the network's duplicate check can tell a retry from a
-- second comment. One statement per column: H2 and PostgreSQL both take this form.
alter table post_delivery add column comment_key uuid;
alter table post_delivery add column comment_state varchar(20) default 'NONE' not null;
alter table post_delivery add column comment_remote_id varchar(500);
alter table post_delivery add column comment_remote_url varchar(2000);
alter table post_delivery add column comment_error varchar(1000);
alter table post_delivery add column comment_attempts integer default 0 not null;
alter table post_delivery add column comment_first_attempt_at timestamp with time zone;
