-- Delivery reads only ever ask for published articles, so the feed indexes carry only those rows.
create index article_published_feed_idx on article (published_at desc, id desc) where status = 'published';
create index article_published_language_feed_idx on article (language, published_at desc, id desc) where status = 'published';
