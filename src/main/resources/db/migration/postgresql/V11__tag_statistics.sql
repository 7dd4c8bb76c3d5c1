-- The tag feed (the article list with tag=) either walks the published feed index newest first and checks each
-- article's tag, or reads the tag's articles from article_tag and sorts them; the first is right for a tag many
-- articles carry, the second for a rare one. PostgreSQL chooses by the tag's frequency, but with the default
-- statistics target it keeps the frequencies of only a few of the most common tags and assumes the average for
-- every other, so at 1,000,000 articles a tag on 200 of them walked 260,000 index entries (1 s) instead of
-- reading its 200 rows (11 ms). A larger target keeps the frequencies of up to 1,000 tags, and rarer ones are
-- estimated from what is left (BENCHMARKS.md, "One million articles").
alter table article_tag alter column tag_id set statistics 1000;
analyze article_tag;
