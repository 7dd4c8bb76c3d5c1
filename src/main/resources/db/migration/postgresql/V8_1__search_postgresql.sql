-- Full-text search on PostgreSQL: a weighted tsvector per article in its language's text search configuration,
-- a GIN index over it, and a vocabulary of the words in published text with a trigram index, which search uses
-- to find compounds and near-misses of query words. ArticleWriter, the tag writer and the tag merger call the
-- functions below in the transaction of every change to what is searchable.
create extension if not exists pg_trgm;

-- The configuration that stems each language, by BCP 47 primary subtag. Only configurations this server has are
-- listed; every other language is indexed with 'simple' (lower-cased words, no stemming). A change to this table
-- needs a migration that also recomputes article_search.config and .document.
create table search_language (
    language  varchar(8) primary key,
    config    regconfig  not null
);

insert into search_language (language, config)
select m.language, m.config::regconfig
from (values ('ar', 'arabic'), ('hy', 'armenian'), ('eu', 'basque'), ('ca', 'catalan'), ('da', 'danish'),
             ('nl', 'dutch'), ('en', 'english'), ('fi', 'finnish'), ('fr', 'french'), ('de', 'german'),
             ('el', 'greek'), ('hi', 'hindi'), ('hu', 'hungarian'), ('id', 'indonesian'), ('ga', 'irish'),
             ('it', 'italian'), ('lt', 'lithuanian'), ('ne', 'nepali'), ('no', 'norwegian'), ('nb', 'norwegian'),
             ('nn', 'norwegian'), ('pt', 'portuguese'), ('ro', 'romanian'), ('ru', 'russian'), ('sr', 'serbian'),
             ('es', 'spanish'), ('sv', 'swedish'), ('ta', 'tamil'), ('tr', 'turkish'), ('yi', 'yiddish'))
     as m (language, config)
where exists (select 1 from pg_ts_config c where c.cfgname = m.config);

create function search_config(language varchar) returns regconfig
    language sql stable
    as $$
    select coalesce((select l.config from search_language l where l.language = lower(split_part($1, '-', 1))),
                    'simple'::regconfig)
    $$;

-- The searchable text of an article, weighted: A the headline; B the kicker, the standfirst and the names of its
-- tags (each in the article's language, else the same primary language, else the first by language code, as
-- the API names them); C the body.
create function article_search_document(article uuid, body varchar, config regconfig) returns tsvector
    language sql stable
    as $$
    select setweight(to_tsvector($3, a.headline), 'A')
        || setweight(to_tsvector($3, concat_ws(' ', a.kicker, a.standfirst, (
               select string_agg(n.name, ' ' order by t.position)
               from article_tag t
               cross join lateral (
                   select l.name
                   from tag_localization l
                   where l.tag_id = t.tag_id
                   order by l.language = a.language desc,
                            lower(split_part(l.language, '-', 1)) = lower(split_part(a.language, '-', 1)) desc,
                            l.language
                   limit 1) n
               where t.article_id = a.id))), 'B')
        || setweight(to_tsvector($3, $2), 'C')
    from article a
    where a.id = $1
    $$;

-- The distinct lower-case words (letters only, 4 to 64 of them) of an article's headline, kicker, standfirst and
-- body: what the vocabulary collects.
create function article_search_words(article uuid) returns setof varchar
    language sql stable
    as $$
    select distinct w.word::varchar
    from article a
    join article_search s on s.article_id = a.id
    cross join lateral regexp_split_to_table(lower(concat_ws(' ', a.headline, a.kicker, a.standfirst, s.body)),
                                             '[^[:alpha:]]+') as w (word)
    where a.id = $1 and length(w.word) between 4 and 64
    $$;

alter table article_search add column config regconfig;
alter table article_search add column document tsvector;

update article_search s
set config = search_config(a.language)
from article a
where a.id = s.article_id;

update article_search set document = article_search_document(article_id, body, config);

alter table article_search alter column config set not null;
alter table article_search alter column document set not null;

create index article_search_document_idx on article_search using gin (document);

-- Words that occur in published (or scheduled) text. Words are added when an article is written or published in
-- that state and never removed: a stale word only widens a query by a term that matches nothing visible.
create table search_word (
    word  varchar(64) primary key
);

create index search_word_trigram_idx on search_word using gin (word gin_trgm_ops);

insert into search_word (word)
select distinct w.word
from article a
cross join lateral article_search_words(a.id) as w (word)
where a.status = 'published';

-- The author filter compares names case-insensitively.
create index article_contributor_name_idx on article_contributor (lower(name), article_id);
