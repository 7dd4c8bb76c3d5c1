-- H2 has neither partial indexes nor included columns; this index serves the same sitemap queries.
create index article_status_first_published_idx on article (status, first_published_at, id);
