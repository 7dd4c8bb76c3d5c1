-- Sitemaps file published articles by the month of their first publication and read them in that order; the news
-- sitemap reads the newest first publications. The included columns let the sitemap index count each day's
-- articles and find their newest change from the index alone.
create index article_published_first_idx on article (first_published_at, id)
    include (published_at, updated_at) where status = 'published';
