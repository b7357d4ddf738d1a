CREATE TABLE audit_log (
  id CHAR(36) NOT NULL PRIMARY KEY,
  at_utc TIMESTAMP NOT NULL,
  actor VARCHAR(200) NOT NULL,
  subject_type VARCHAR(60) NOT NULL,
  subject_id CHAR(36) NOT NULL,
  action VARCHAR(60) NOT NULL,
  before_json VARCHAR(32000),
  after_json VARCHAR(32000)
);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id, at_utc);

CREATE TABLE event_outbox (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id CHAR(36) NOT NULL,
  topic VARCHAR(200) NOT NULL,
  subject_type VARCHAR(60) NOT NULL,
  subject_id CHAR(36) NOT NULL,
  properties_json VARCHAR(32000) NOT NULL,
  occurred_at TIMESTAMP NOT NULL
);
