-- Each distinct content once, keyed by its SHA-256. refs counts the attachments that point at it, changed under
-- the row's lock by every attach and detach, so a content goes exactly when its last attachment does, also with
-- two servers on one database. PostgreSQL's BYTEA here; the Derby script says BLOB.
CREATE TABLE attachment_blob (
  sha256 CHAR(64) NOT NULL PRIMARY KEY,
  byte_size BIGINT NOT NULL,
  refs BIGINT NOT NULL,
  content BYTEA NOT NULL,
  created_at TIMESTAMP NOT NULL
);

-- A file as linked to one record.
CREATE TABLE attachment (
  id CHAR(36) NOT NULL PRIMARY KEY,
  record_type VARCHAR(40) NOT NULL,
  record_id CHAR(36) NOT NULL,
  name VARCHAR(255) NOT NULL,
  media_type VARCHAR(100) NOT NULL,
  byte_size BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  author VARCHAR(100) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX attachment_record ON attachment (record_type, record_id, created_at);
CREATE INDEX attachment_sha256 ON attachment (sha256);
