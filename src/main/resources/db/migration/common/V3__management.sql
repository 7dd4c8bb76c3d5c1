-- The management API: API keys, revisions, tombstones, idempotency, tag aliases, webhooks and imports.

create table api_key (
    id            uuid primary key,
    name          varchar(100) not null,
    role          varchar(16)  not null check (role in ('editor', 'admin')),
    -- SHA-256 of the token. Tokens carry 256 random bits, so a fast hash is enough and lookups stay cheap.
    token_hash    varchar(64)  not null unique,
    token_prefix  varchar(16)  not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(100),
    revoked_at    timestamp with time zone
);

create table article_revision (
    article_id  uuid         not null references article (id) on delete cascade,
    version     bigint       not null,
    created_at  timestamp with time zone not null,
    author      varchar(100) not null,
    action      varchar(20)  not null,
    status      varchar(16)  not null,
    -- The article's full content (the body of PUT) as JSON, so any revision can be read and restored.
    content     varchar      not null,
    primary key (article_id, version)
);

-- What is left of a deleted article, so that delivery and sync can tell it is gone.
create table article_tombstone (
    id                    uuid primary key,
    slug                  varchar(200) not null,
    language              varchar(35)  not null,
    was_published         boolean      not null,
    deleted_at            timestamp with time zone not null,
    deleted_by            varchar(100) not null
);

create index article_tombstone_deleted_idx on article_tombstone (deleted_at);

create table idempotency_record (
    api_key_id       uuid         not null,
    idempotency_key  varchar(200) not null,
    request_hash     varchar(64)  not null,
    created_at       timestamp with time zone not null,
    status           integer,
    headers          varchar,
    body             varchar,
    primary key (api_key_id, idempotency_key)
);

-- A merged-away tag slug and the tag it now stands for.
create table tag_alias (
    slug    varchar(120) primary key,
    tag_id  uuid not null references tag (id) on delete cascade
);

create table webhook (
    id          uuid primary key,
    url         varchar(2048) not null,
    events      varchar(200)  not null,
    secret      varchar(100)  not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(100)  not null
);

create table webhook_delivery (
    id               uuid primary key,
    webhook_id       uuid        not null references webhook (id) on delete cascade,
    event            varchar(40) not null,
    article_id       uuid,
    payload          varchar     not null,
    status           varchar(16) not null check (status in ('pending', 'succeeded', 'failed', 'cancelled')),
    attempts         integer     not null,
    next_attempt_at  timestamp with time zone,
    claimed_until    timestamp with time zone,
    last_status      integer,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    completed_at     timestamp with time zone
);

create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, created_at);

create table import_job (
    id           uuid primary key,
    status       varchar(16) not null check (status in ('queued', 'running', 'completed', 'failed')),
    total        integer     not null,
    processed    integer     not null,
    succeeded    integer     not null,
    failed       integer     not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    started_at   timestamp with time zone,
    finished_at  timestamp with time zone,
    claimed_until timestamp with time zone
);

create table import_line (
    job_id   uuid    not null references import_job (id) on delete cascade,
    line_no  integer not null,
    body     varchar not null,
    primary key (job_id, line_no)
);

create table import_error (
    job_id   uuid    not null references import_job (id) on delete cascade,
    line_no  integer not null,
    errors   varchar not null,
    primary key (job_id, line_no)
);

alter table article add column created_by varchar(100);
alter table article add column updated_by varchar(100);
