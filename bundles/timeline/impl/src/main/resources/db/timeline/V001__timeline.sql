-- One row per thing that happened. source_key makes recording idempotent (an event delivered twice); an entry
-- recorded without one gets its own id, so the column is never NULL and the unique index means the same on both
-- databases.
CREATE TABLE timeline_entry (
  id CHAR(36) NOT NULL PRIMARY KEY,
  kind VARCHAR(60) NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  actor VARCHAR(100),
  link_type VARCHAR(40),
  link_id CHAR(36),
  source_key VARCHAR(200) NOT NULL
);
CREATE UNIQUE INDEX timeline_entry_source ON timeline_entry (source_key);
CREATE INDEX timeline_entry_actor ON timeline_entry (actor, occurred_at);

-- The cards an entry shows on; kind and time repeated so that a card's page is read from one index.
CREATE TABLE timeline_entry_record (
  entry_id CHAR(36) NOT NULL,
  record_type VARCHAR(40) NOT NULL,
  record_id CHAR(36) NOT NULL,
  kind VARCHAR(60) NOT NULL,
  occurred_at TIMESTAMP NOT NULL,
  PRIMARY KEY (entry_id, record_type, record_id)
);
CREATE INDEX timeline_record_time ON timeline_entry_record (record_type, record_id, occurred_at);

-- The summary in each language a catalogue spoke when the entry was recorded (English always).
CREATE TABLE timeline_text (
  entry_id CHAR(36) NOT NULL,
  lang VARCHAR(10) NOT NULL,
  body VARCHAR(1000) NOT NULL,
  PRIMARY KEY (entry_id, lang)
);

-- Comments on any record; a deleted one keeps its row without its text.
CREATE TABLE record_comment (
  id CHAR(36) NOT NULL PRIMARY KEY,
  record_type VARCHAR(40) NOT NULL,
  record_id CHAR(36) NOT NULL,
  author VARCHAR(100) NOT NULL,
  body VARCHAR(10000),
  mentions VARCHAR(2000) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  edited_at TIMESTAMP,
  deleted_by VARCHAR(100),
  deleted_at TIMESTAMP,
  version BIGINT NOT NULL
);
CREATE INDEX record_comment_record ON record_comment (record_type, record_id, created_at);
