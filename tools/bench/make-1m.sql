-- Grows a benchmark database loaded through the importer (10,000 articles of gen_dataset.js) to about
-- 1,000,000 articles in minutes, for EXPLAIN and wrk at that size (see BENCHMARKS.md, "One million articles").
--
--   createdb -h 127.0.0.1 -U postgres -T masthead_bench_10k masthead_bench_1m
--   psql -h 127.0.0.1 -U postgres -d masthead_bench_1m -v copies=99 -v blocks=0 -f tools/bench/make-1m.sql
--
-- Each imported article gets `copies` copies: new ids and slugs (deterministic, so that two runs give the same
-- database), the same text, tags and search document, publication times moved back by 5 days per copy so that
-- the copies interleave with the originals. Only what the delivery reads is copied: the change log and revisions
-- of the copies are left out, and so are their body blocks unless `blocks` is 1 (search and the tag feed read
-- neither; the article page does).
--
-- Two tags are added first, to the originals, so that the copies carry them too: bench-common on about a third
-- of the articles and bench-rare on about one in 5,000. Their search documents are rebuilt with the same function
-- the writers use, so every copy's tsvector is what the application would have written.
\set ON_ERROR_STOP on
\timing on

begin;

insert into tag (id, slug, type, created_at, updated_at, version)
values ('00000000-0000-4000-8000-00000000c0de', 'bench-common', 'topic', now(), now(), 0),
       ('00000000-0000-4000-8000-0000000000ae', 'bench-rare', 'topic', now(), now(), 0);
insert into tag_localization (tag_id, language, name)
values ('00000000-0000-4000-8000-00000000c0de', 'de', 'Gemeinsam'),
       ('00000000-0000-4000-8000-0000000000ae', 'de', 'Seltenheit');

insert into article_tag (article_id, tag_id, position)
select a.id, '00000000-0000-4000-8000-00000000c0de', 3 from article a where abs(hashtext(a.id::text)) % 3 = 0;
insert into article_tag (article_id, tag_id, position)
select a.id, '00000000-0000-4000-8000-0000000000ae', 4 from article a where abs(hashtext(a.id::text)) % 5000 = 0;

update article_search s
set document = article_search_document(s.article_id, s.body, s.config)
where s.article_id in (select t.article_id from article_tag t
                       where t.tag_id in ('00000000-0000-4000-8000-00000000c0de',
                                          '00000000-0000-4000-8000-0000000000ae'));

create temporary table copy_map on commit drop as
select a.id as source, md5(a.id::text || ':' || g.n)::uuid as id, g.n
from article a cross join generate_series(1, :copies) as g (n);

insert into article (id, slug, language, translation_group_id, headline, kicker, standfirst, section_id,
                     hero_media_id, hero_caption, hero_credit, audio_media_id, status,
                     first_published_at, first_published_at_offset, published_at, published_at_offset,
                     created_at, created_at_offset, updated_at, updated_at_offset, word_count,
                     reading_time_minutes, seo_title, seo_description, canonical_url, version, created_by,
                     updated_by)
select m.id, left(a.slug, 190) || '-' || m.n, a.language, md5(a.translation_group_id::text || ':' || m.n)::uuid,
       a.headline, a.kicker, a.standfirst, a.section_id, a.hero_media_id, a.hero_caption, a.hero_credit,
       a.audio_media_id, a.status,
       a.first_published_at - m.n * interval '5 days', a.first_published_at_offset,
       a.published_at - m.n * interval '5 days', a.published_at_offset,
       a.created_at - m.n * interval '5 days', a.created_at_offset,
       a.updated_at - m.n * interval '5 days', a.updated_at_offset, a.word_count, a.reading_time_minutes,
       a.seo_title, a.seo_description, a.canonical_url, a.version, a.created_by, a.updated_by
from copy_map m join article a on a.id = m.source;

insert into article_tag (article_id, tag_id, position)
select m.id, t.tag_id, t.position from copy_map m join article_tag t on t.article_id = m.source;

insert into article_contributor (article_id, position, name, role)
select m.id, c.position, c.name, c.role from copy_map m join article_contributor c on c.article_id = m.source;
insert into article_source (article_id, position, name, url)
select m.id, s.position, s.name, s.url from copy_map m join article_source s on s.article_id = m.source;

-- The GIN index is built once at the end: maintained row by row it would cost most of the load.
drop index article_search_document_idx;
insert into article_search (article_id, body, config, document)
select m.id, s.body, s.config, s.document from copy_map m join article_search s on s.article_id = m.source;
create index article_search_document_idx on article_search using gin (document);

\if :blocks
insert into block (id, article_id, position, type, html, text, level, person, role, source, media_id, caption,
                   credit, provider, url, title, list_style)
select md5(b.id::text || ':' || m.n)::uuid, m.id, b.position, b.type, b.html, b.text, b.level, b.person, b.role,
       b.source, b.media_id, b.caption, b.credit, b.provider, b.url, b.title, b.list_style
from copy_map m join block b on b.article_id = m.source;
\endif

commit;

-- VACUUM as well (for index-only scans) takes long at this size; the statistics are what the plans need.
analyze;
select count(*) as articles,
       count(*) filter (where exists (select 1 from article_tag t where t.article_id = a.id
                                      and t.tag_id = '00000000-0000-4000-8000-00000000c0de')) as bench_common,
       count(*) filter (where exists (select 1 from article_tag t where t.article_id = a.id
                                      and t.tag_id = '00000000-0000-4000-8000-0000000000ae')) as bench_rare
from article a;
