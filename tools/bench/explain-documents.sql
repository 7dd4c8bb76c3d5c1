-- The plans of the read model's statements (BENCHMARKS.md, "The read model") on a grown database:
--   psql -h 127.0.0.1 -U postgres -d masthead_bench_1m -v slug=SLUG -f tools/bench/explain-documents.sql
-- The renderer fingerprint is a placeholder: a plan does not depend on whether a document is current.
\set ON_ERROR_STOP on
analyze delivery_document;
-- W1: the article with its document
explain (analyze, buffers, costs off) select a.id, a.language, a.translation_group_id, e.epoch,
  case when d.article_version = a.version and d.epoch = e.epoch and d.renderer = 'r' then d.detail end as detail, d.url, d.surrogate_keys
from article a cross join delivery_epoch e left join delivery_document d on d.article_id = a.id
where a.slug = :'slug' and a.language = 'de' and (a.status = 'published' and a.published_at <= now());
-- W2: the page of a tag a third of the articles carry, with the cards
explain (analyze, buffers, costs off) select page.id, page.published_at,
  case when d.article_version = da.version and d.epoch = e.epoch and d.renderer = 'r' then d.summary end as summary, d.summary_keys
from (select a.id, a.published_at, cast(null as double precision) as search_rank from article a
      where (a.status = 'published' and a.published_at <= now())
        and exists (select 1 from article_tag t where t.article_id = a.id and t.tag_id in ('00000000-0000-4000-8000-00000000c0de'))
      order by a.published_at desc, a.id desc limit 21) page
join article da on da.id = page.id cross join delivery_epoch e left join delivery_document d on d.article_id = page.id
order by page.published_at desc, page.id desc;
-- the same for a tag one in 5,000 carries
explain (analyze, buffers, costs off) select page.id, page.published_at,
  case when d.article_version = da.version and d.epoch = e.epoch and d.renderer = 'r' then d.summary end as summary, d.summary_keys
from (select a.id, a.published_at, cast(null as double precision) as search_rank from article a
      where (a.status = 'published' and a.published_at <= now())
        and exists (select 1 from article_tag t where t.article_id = a.id and t.tag_id in ('00000000-0000-4000-8000-0000000000ae'))
      order by a.published_at desc, a.id desc limit 21) page
join article da on da.id = page.id cross join delivery_epoch e left join delivery_document d on d.article_id = page.id
order by page.published_at desc, page.id desc;
-- the sweep's statement: the next page of the walk, newest first, each with whether its document is stale (here
-- after the 50,000 newest; the page ends where the next one starts)
explain (analyze, buffers, costs off) select a.id, a.published_at,
  case when d.article_id is null or d.article_version <> a.version or d.epoch <> e.epoch or d.renderer <> 'r'
       then 1 else 0 end as stale
from (select p.id, p.published_at, p.version from article p
      where (p.status = 'published' and p.published_at <= now())
        and p.published_at <= (select published_at from article where status = 'published'
                               order by published_at desc, id desc offset 50000 limit 1)
      order by p.published_at desc, p.id desc limit 100) a
cross join delivery_epoch e left join delivery_document d on d.article_id = a.id
order by a.published_at desc, a.id desc;
