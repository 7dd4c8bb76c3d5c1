-- The changes feed for delta sync (io.masthead.sync; the README's "Delta sync" explains the protocol).
--
-- change_log holds, per article, at most the rows a client replaying from the start still needs: the latest
-- immediate change (an upsert while the article is visible, otherwise a remove) and, while the article is
-- scheduled, an upsert at its publication time. Writers delete an article's older rows when they add new ones.
-- There is no foreign key to article: a remove outlives the article it removes.
create table change_log (
    position_time  timestamp with time zone not null,
    article_id     uuid        not null,
    kind           varchar(8)  not null check (kind in ('upsert', 'remove')),
    primary key (position_time, article_id)
);

create index change_log_article_idx on change_log (article_id);
-- Pruning looks for old removes only.
create index change_log_kind_idx on change_log (kind, position_time);

-- The single row every writer locks while it positions its changes, and readers consult to know how far the
-- log is complete:
--   last_position   the latest position a writer took for an immediate change;
--   read_horizon    the latest position a reader has served up to; writers position after it;
--   pruned_through  the latest removal pruned after the retention period (null while none was), so that a token
--                   from before it can be told to start over.
create table change_head (
    id              smallint primary key check (id = 1),
    last_position   timestamp with time zone not null,
    read_horizon    timestamp with time zone not null,
    pruned_through  timestamp with time zone
);

insert into change_head (id, last_position, read_horizon, pruned_through)
values (1, current_timestamp, current_timestamp, null);

-- Backfill: every article published now is an upsert at its publication time (which orders a first replay
-- oldest first), and every scheduled one an upsert at the time it goes live. No reader has seen the log yet, so
-- positions in the past are safe; writers position after current_timestamp, which the head row holds.
insert into change_log (position_time, article_id, kind)
select published_at, id, 'upsert' from article where status = 'published';
