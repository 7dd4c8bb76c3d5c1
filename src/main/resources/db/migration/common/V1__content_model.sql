-- The content model shared by PostgreSQL and H2. Vendor-specific objects live in ../postgresql and ../h2.
-- Editorial timestamps keep the offset they were written with in a companion *_offset column (seconds east of UTC),
-- because PostgreSQL's timestamptz normalises to UTC.

create table media (
    id                uuid primary key,
    kind              varchar(16)   not null check (kind in ('image', 'audio', 'video')),
    url               varchar(2048) not null,
    mime_type         varchar(100)  not null,
    width             integer check (width > 0),
    height            integer check (height > 0),
    duration_seconds  integer check (duration_seconds >= 0),
    alt_text          varchar(1000),
    caption           varchar(2000),
    credit            varchar(500),
    copyright         varchar(1000),
    narrator          varchar(200),
    focal_x           double precision check (focal_x between 0 and 1),
    focal_y           double precision check (focal_y between 0 and 1),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null,
    constraint media_image_needs_alt check (kind <> 'image' or alt_text is not null)
);

create table media_rendition (
    media_id   uuid          not null references media (id) on delete cascade,
    name       varchar(50)   not null,
    url        varchar(2048) not null,
    width      integer       not null check (width > 0),
    height     integer       not null check (height > 0),
    mime_type  varchar(100)  not null,
    primary key (media_id, name)
);

create table site (
    id                smallint primary key check (id = 1),
    name              varchar(200) not null,
    logo_media_id     uuid references media (id),
    default_language  varchar(35)  not null,
    time_zone         varchar(64)  not null,
    base_url          varchar(2048) not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null
);

create table site_edition (
    site_id   smallint      not null references site (id) on delete cascade,
    language  varchar(35)   not null,
    name      varchar(200)  not null,
    base_url  varchar(2048) not null,
    position  integer       not null,
    primary key (site_id, language)
);

create table section (
    id          uuid primary key,
    slug        varchar(120) not null unique,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null
);

create table section_name (
    section_id  uuid         not null references section (id) on delete cascade,
    language    varchar(35)  not null,
    name        varchar(200) not null,
    primary key (section_id, language)
);

create table tag (
    id                uuid primary key,
    slug              varchar(120) not null unique,
    type              varchar(16)  not null check (type in ('topic', 'person', 'organisation', 'place', 'event')),
    parent_id         uuid references tag (id),
    iptc_media_topic  varchar(200),
    wikidata_qid      varchar(20),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint not null
);

create table tag_localization (
    tag_id       uuid          not null references tag (id) on delete cascade,
    language     varchar(35)   not null,
    name         varchar(200)  not null,
    description  varchar(2000),
    primary key (tag_id, language)
);

create table article (
    id                         uuid primary key,
    slug                       varchar(200) not null,
    language                   varchar(35)  not null,
    translation_group_id       uuid         not null,
    headline                   varchar(500) not null,
    kicker                     varchar(200),
    standfirst                 varchar(2000),
    section_id                 uuid references section (id),
    hero_media_id              uuid references media (id),
    hero_caption               varchar(2000),
    hero_credit                varchar(500),
    audio_media_id             uuid references media (id),
    status                     varchar(16)  not null check (status in ('draft', 'published', 'archived')),
    first_published_at         timestamp with time zone,
    first_published_at_offset  integer,
    published_at               timestamp with time zone,
    published_at_offset        integer,
    created_at                 timestamp with time zone not null,
    created_at_offset          integer      not null,
    updated_at                 timestamp with time zone not null,
    updated_at_offset          integer      not null,
    word_count                 integer      not null check (word_count >= 0),
    reading_time_minutes       integer      not null check (reading_time_minutes >= 0),
    seo_title                  varchar(300),
    seo_description            varchar(1000),
    canonical_url              varchar(2048),
    version                    bigint       not null,
    constraint article_slug_per_language unique (language, slug),
    constraint article_published_has_time check (status = 'draft' or published_at is not null)
);

create index article_feed_idx on article (published_at desc, id desc);
create index article_language_feed_idx on article (language, published_at desc, id desc);
create index article_section_feed_idx on article (section_id, published_at desc, id desc);
create index article_translation_idx on article (translation_group_id);
create index article_hero_media_idx on article (hero_media_id);
create index article_audio_media_idx on article (audio_media_id);

create table article_contributor (
    article_id  uuid         not null references article (id) on delete cascade,
    position    integer      not null,
    name        varchar(200) not null,
    role        varchar(100),
    primary key (article_id, position)
);

create table article_source (
    article_id  uuid          not null references article (id) on delete cascade,
    position    integer       not null,
    name        varchar(200)  not null,
    url         varchar(2048),
    primary key (article_id, position)
);

create table article_tag (
    article_id  uuid    not null references article (id) on delete cascade,
    tag_id      uuid    not null references tag (id),
    position    integer not null,
    primary key (article_id, tag_id)
);

create index article_tag_tag_idx on article_tag (tag_id, article_id);

create table block (
    id          uuid primary key,
    article_id  uuid        not null references article (id) on delete cascade,
    position    integer     not null,
    type        varchar(16) not null check (type in ('paragraph', 'heading', 'quote', 'image', 'embed', 'list')),
    html        varchar,
    text        varchar,
    level       smallint check (level between 2 and 6),
    person      varchar(200),
    role        varchar(200),
    source      varchar(200),
    media_id    uuid references media (id),
    caption     varchar(2000),
    credit      varchar(500),
    provider    varchar(32),
    url         varchar(2048),
    title       varchar(500),
    list_style  varchar(16) check (list_style in ('ordered', 'unordered')),
    constraint block_position_per_article unique (article_id, position)
);

create index block_media_idx on block (media_id);

create table block_list_item (
    block_id  uuid    not null references block (id) on delete cascade,
    position  integer not null,
    html      varchar not null,
    text      varchar not null,
    primary key (block_id, position)
);
