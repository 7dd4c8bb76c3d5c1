-- The delivery API's read model (io.masthead.document, BENCHMARKS.md "The read model"): each published article
-- as the article endpoint and the lists serve it, rendered in the background after every change. A document is
-- served only while its stamps still match what it was rendered from:
--   article_version  the article's version, read before its content (every change to the article raises it);
--   epoch            delivery_epoch.epoch, read before the content, which every change to something many articles
--                    show (a tag's, a section's or a media item's names, the site) raises in its own transaction;
--   renderer         the fingerprint of the code and configuration that rendered it.
-- The delivery queries compare them in the statement that reads the document; a stale or missing document falls
-- back to the designed queries, so that it can make a read slower but never wrong.
create table delivery_epoch (
    id     smallint primary key check (id = 1),
    epoch  bigint not null
);

insert into delivery_epoch (id, epoch) values (1, 0);

create table delivery_document (
    article_id       uuid primary key references article (id) on delete cascade,
    article_version  bigint      not null,
    epoch            bigint      not null,
    renderer         varchar(64) not null,
    -- The article's public URL (null while no site is configured), for the hreflang alternates.
    url              varchar(2048),
    -- Space-separated: what the detail shows (without its translations), and what its list card shows.
    surrogate_keys   varchar     not null,
    summary_keys     varchar     not null,
    -- The JSON of the detail with an empty list of translations, which the read adds, and of the list card.
    detail           varchar     not null,
    summary          varchar     not null
);
