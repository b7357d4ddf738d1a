-- Templates: one per event type, channel and language; saving again replaces it.
CREATE TABLE notification_template (
  id CHAR(36) NOT NULL PRIMARY KEY,
  event_type VARCHAR(100) NOT NULL,
  channel VARCHAR(30) NOT NULL,
  lang VARCHAR(5) NOT NULL,
  subject VARCHAR(500),
  body VARCHAR(10000) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(100) NOT NULL,
  CONSTRAINT notification_template_key UNIQUE (event_type, channel, lang)
);

-- Rules: when and to whom an event type's messages go. Lists are comma-separated (codes, logins and addresses
-- never hold commas).
CREATE TABLE notification_rule (
  id CHAR(36) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  channels VARCHAR(200) NOT NULL,
  schedule_kind VARCHAR(20) NOT NULL,
  date_field VARCHAR(50),
  offset_minutes BIGINT,
  at_time VARCHAR(5),
  days_before INTEGER,
  time_zone VARCHAR(60),
  validity_minutes INTEGER,
  to_contact BOOLEAN NOT NULL,
  individuals_only BOOLEAN NOT NULL,
  roles VARCHAR(1000),
  groups_list VARCHAR(1000),
  addresses VARCHAR(2000),
  active BOOLEAN NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX notification_rule_type ON notification_rule (event_type);

-- The journal: every message, whatever became of it. At most one per event, recipient and template.
CREATE TABLE notification_message (
  id CHAR(36) NOT NULL PRIMARY KEY,
  event_id VARCHAR(200) NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  rule_id CHAR(36),
  template_id CHAR(36) NOT NULL,
  channel VARCHAR(30) NOT NULL,
  recipient VARCHAR(330) NOT NULL,
  address VARCHAR(320),
  lang VARCHAR(5) NOT NULL,
  subject VARCHAR(1000),
  body VARCHAR(10000) NOT NULL,
  status VARCHAR(20) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  scheduled_for TIMESTAMP NOT NULL,
  expires_at TIMESTAMP,
  sent_at TIMESTAMP,
  delivered_at TIMESTAMP,
  opened_at TIMESTAMP,
  clicked_at TIMESTAMP,
  read_at TIMESTAMP,
  failure VARCHAR(1000),
  attempts INTEGER NOT NULL,
  token CHAR(36) NOT NULL,
  CONSTRAINT notification_message_once UNIQUE (event_id, recipient, template_id),
  CONSTRAINT notification_message_token UNIQUE (token)
);
CREATE INDEX notification_message_due ON notification_message (status, scheduled_for);
CREATE INDEX notification_message_created ON notification_message (created_at);

-- The links an e-mail carried when it was sent: the click redirect follows only these.
CREATE TABLE notification_link (
  message_id CHAR(36) NOT NULL,
  link_order INTEGER NOT NULL,
  url VARCHAR(2000) NOT NULL,
  PRIMARY KEY (message_id, link_order)
);

-- Consent per contact and channel; no row means not asked.
CREATE TABLE notification_consent (
  contact_id CHAR(36) NOT NULL,
  channel VARCHAR(30) NOT NULL,
  consent VARCHAR(10) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(100) NOT NULL,
  PRIMARY KEY (contact_id, channel)
);
