-- Reminders: an instant, and whether it has fired (set in the transaction that publishes the reminder event, so a
-- reminder fires once even with two nodes polling).
ALTER TABLE task ADD COLUMN reminder_at TIMESTAMP;
ALTER TABLE task ADD COLUMN reminder_fired BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX task_reminder_due ON task (reminder_fired, reminder_at);

-- Co-workers (C) and observers (O) of a task, in the order given.
CREATE TABLE task_person (
  task_id CHAR(36) NOT NULL,
  kind CHAR(1) NOT NULL,
  person_order INTEGER NOT NULL,
  login VARCHAR(100) NOT NULL,
  PRIMARY KEY (task_id, kind, person_order)
);
CREATE INDEX task_person_login ON task_person (login, kind);

-- Checklist items (чек-лист) with who ticked them and when.
CREATE TABLE task_check (
  task_id CHAR(36) NOT NULL,
  item_order INTEGER NOT NULL,
  item_text VARCHAR(500) NOT NULL,
  done BOOLEAN NOT NULL,
  done_by VARCHAR(100),
  done_at TIMESTAMP,
  PRIMARY KEY (task_id, item_order)
);

-- A distribution of work, by the caller's idempotency key: the request's hash tells a repeat from another request;
-- its tasks carry the key.
CREATE TABLE task_distribution (
  idem_key VARCHAR(200) NOT NULL PRIMARY KEY,
  request_hash CHAR(64) NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
ALTER TABLE task ADD COLUMN distribution_key VARCHAR(200);
CREATE INDEX task_distribution_key ON task (distribution_key, number);
