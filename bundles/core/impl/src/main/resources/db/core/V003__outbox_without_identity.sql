-- The outbox's order key is set by the server, not by an identity column. Derby backs identity
-- columns with a sequence whose next range is claimed in a no-wait nested transaction; under
-- concurrent inserts that claim sometimes fails and Derby then refuses the whole insert
-- ("A lock could not be obtained within the time requested"), so a user's save failed now and then.
-- The event id is the key; seq only orders dispatch and need not be unique across servers.
CREATE TABLE domain_event_outbox (
  id CHAR(36) NOT NULL PRIMARY KEY,
  seq BIGINT NOT NULL,
  topic VARCHAR(200) NOT NULL,
  subject_type VARCHAR(60) NOT NULL,
  subject_id CHAR(36) NOT NULL,
  properties_json VARCHAR(32000) NOT NULL,
  occurred_at TIMESTAMP NOT NULL
);
CREATE INDEX domain_event_outbox_seq ON domain_event_outbox (seq, id);
INSERT INTO domain_event_outbox (id, seq, topic, subject_type, subject_id, properties_json, occurred_at)
  SELECT id, seq, topic, subject_type, subject_id, properties_json, occurred_at FROM event_outbox;
DROP TABLE event_outbox;
