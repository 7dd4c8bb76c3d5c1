-- The plans of the search and the tag feed at 1,000,000 articles (BENCHMARKS.md, "One million articles"), in
-- the statements' own SQL (ArticleListQuery and FullTextSearch) with the values of a real request:
--
--   psql -h 127.0.0.1 -U postgres -d masthead_bench_1m -v term=Windpark -f tools/bench/explain-1m.sql
--
-- Each statement is prepared and explained twice: with the values (the custom plan of the first executions) and
-- as the generic plan that PostgreSQL may switch to once the JDBC driver prepares the statement on the server.
\set ON_ERROR_STOP on
\pset pager off

select t.id as common_tag from tag t where t.slug = 'bench-common' \gset
select t.id as rare_tag from tag t where t.slug = 'bench-rare' \gset
-- A deep page: the position after 50,000 articles of the common tag, newest first.
select a.published_at as deep_time, a.id as deep_id
from article a
where a.status = 'published' and exists (select 1 from article_tag t where t.article_id = a.id and t.tag_id = :'common_tag')
order by a.published_at desc, a.id desc offset 50000 limit 1 \gset

prepare feed (timestamptz, uuid) as
select a.id, a.published_at, cast(null as double precision) as search_rank
from article a
where (a.status = 'published' and a.published_at <= $1)
  and exists (select 1 from article_tag t where t.article_id = a.id and t.tag_id in ($2))
order by a.published_at desc, a.id desc limit 21;

prepare feed_after (timestamptz, uuid, timestamptz, uuid) as
select a.id, a.published_at, cast(null as double precision) as search_rank
from article a
where (a.status = 'published' and a.published_at <= $1)
  and exists (select 1 from article_tag t where t.article_id = a.id and t.tag_id in ($2))
  and a.published_at <= $3 and (a.published_at < $3 or a.id < $4)
order by a.published_at desc, a.id desc limit 21;

prepare search (varchar, timestamptz, varchar, text) as
with search_configs (cfg) as (select search_config($1)),
     search_queries (cfg, exact, query) as materialized (
         select cfg, websearch_to_tsquery(cfg, $4), websearch_to_tsquery(cfg, $4) from search_configs)
select page.id, page.published_at, page.search_rank,
       ts_headline(page.search_cfg, left(concat_ws(chr(10), sa.standfirst, ss.body), 960), page.search_query,
                   'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=12') as snippet
from (select a.id, a.published_at,
             cast(ts_rank(s.document, q.query) + ts_rank(s.document, q.exact) as double precision) as search_rank,
             q.cfg as search_cfg, q.query as search_query
      from article a
      join article_search s on s.article_id = a.id
      join search_queries q on q.cfg = s.config
      where (a.status = 'published' and a.published_at <= $2) and a.language = $3 and s.document @@ q.query
      order by search_rank desc, a.published_at desc, a.id desc limit 21) page
join article sa on sa.id = page.id
join article_search ss on ss.article_id = page.id
order by page.search_rank desc, page.published_at desc, page.id desc;

\echo '=== tag feed, rare tag, page 1'
explain (analyze, buffers, costs off) execute feed(now(), :'rare_tag');
\echo '=== tag feed, common tag (a third of the articles), page 1'
explain (analyze, buffers, costs off) execute feed(now(), :'common_tag');
\echo '=== tag feed, common tag, after 50,000 articles'
explain (analyze, buffers, costs off) execute feed_after(now(), :'common_tag', :'deep_time', :'deep_id');
\echo '=== tag feed, rare tag, deep cursor'
explain (analyze, buffers, costs off) execute feed_after(now(), :'rare_tag', :'deep_time', :'deep_id');
\echo '=== search, page 1'
explain (analyze, buffers, costs off) execute search('de', now(), 'de', :'term');

set plan_cache_mode = force_generic_plan;
\echo '=== GENERIC tag feed, rare tag, page 1'
explain (analyze, buffers, costs off) execute feed(now(), :'rare_tag');
\echo '=== GENERIC tag feed, common tag, page 1'
explain (analyze, buffers, costs off) execute feed(now(), :'common_tag');
\echo '=== GENERIC tag feed, common tag, after 50,000 articles'
explain (analyze, buffers, costs off) execute feed_after(now(), :'common_tag', :'deep_time', :'deep_id');
\echo '=== GENERIC tag feed, rare tag, deep cursor'
explain (analyze, buffers, costs off) execute feed_after(now(), :'rare_tag', :'deep_time', :'deep_id');
\echo '=== GENERIC search, page 1'
explain (analyze, buffers, costs off) execute search('de', now(), 'de', :'term');
