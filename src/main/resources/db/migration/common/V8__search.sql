-- Search. Every article has one row here, written by ArticleWriter in the transaction of each content change:
-- the plain text of its body (BodyBuilder.plainText: each block's text, then its list items, one per line), so
-- that matching and snippets need no join over the blocks. PostgreSQL adds the weighted tsvector (V8.1).
create table article_search (
    article_id  uuid primary key references article (id) on delete cascade,
    body        varchar not null
);

-- The articles written before this migration.
insert into article_search (article_id, body)
select a.id, coalesce(text.body, '')
from article a
left join (
    select part.article_id, string_agg(part.line, '' order by part.position, part.item) as body
    from (
        select b.article_id, b.position, -1 as item, b.text || chr(10) as line
        from block b
        where b.text is not null
        union all
        select b.article_id, b.position, i.position, i.text || chr(10)
        from block b
        join block_list_item i on i.block_id = b.id
    ) part
    group by part.article_id
) text on text.article_id = a.id;
