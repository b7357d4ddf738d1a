CREATE TABLE dead_letter (
  id CHAR(36) NOT NULL PRIMARY KEY,
  at_utc TIMESTAMP NOT NULL,
  source VARCHAR(200) NOT NULL,
  error VARCHAR(4000) NOT NULL,
  body VARCHAR(32000)
);
CREATE INDEX dead_letter_source ON dead_letter (source, at_utc);
