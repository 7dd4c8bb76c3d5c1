-- Indexes for the management lists and the tag graph.
create index media_created_idx on media (created_at desc, id desc);
create index tag_parent_idx on tag (parent_id);
create index tag_alias_tag_idx on tag_alias (tag_id);
create index article_updated_idx on article (updated_at desc, id desc);
