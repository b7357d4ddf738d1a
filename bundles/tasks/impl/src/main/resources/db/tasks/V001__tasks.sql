CREATE TABLE task (
  id CHAR(36) NOT NULL PRIMARY KEY,
  number BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(10000),
  creator VARCHAR(100) NOT NULL,
  assignee VARCHAR(100) NOT NULL,
  deadline TIMESTAMP,
  important BOOLEAN NOT NULL,
  confirm_by_creator BOOLEAN NOT NULL,
  status VARCHAR(30) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);
CREATE UNIQUE INDEX task_number ON task (number);
CREATE INDEX task_assignee ON task (assignee, status, deadline);
CREATE INDEX task_status_deadline ON task (status, deadline);

-- The records a task is about, in the order given.
CREATE TABLE task_link (
  task_id CHAR(36) NOT NULL,
  link_order INTEGER NOT NULL,
  record_type VARCHAR(40) NOT NULL,
  record_id CHAR(36) NOT NULL,
  PRIMARY KEY (task_id, link_order)
);
CREATE INDEX task_link_record ON task_link (record_type, record_id);

-- One row; its row lock serialises task numbers (no identity columns: see docs/ARCHITECTURE.md, Decisions).
CREATE TABLE task_counter (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
);
INSERT INTO task_counter (name, next_value) VALUES ('task', 1);
