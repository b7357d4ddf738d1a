-- PostgreSQL uses a B-tree for LIKE 'x%' only under the C collation or with the pattern operator class;
-- a database created with a Russian or English locale needs the latter.
CREATE INDEX contact_word_word ON contact_word (word varchar_pattern_ops, contact_id);
