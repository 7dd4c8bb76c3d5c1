-- H2 has no partial indexes; the full feed indexes of V1 serve the same queries on the embedded database.
create index article_status_feed_idx on article (status, published_at desc, id desc);
