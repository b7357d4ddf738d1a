-- Support tickets. number is the reference clients see as [#number]; ticketing_counter hands it out under a row lock.
-- review: the sender is not an e-mail on the contact's profile. Instants are UTC wall-clock TIMESTAMPs.
CREATE TABLE ticketing_ticket (
  id CHAR(36) NOT NULL PRIMARY KEY,
  number BIGINT NOT NULL,
  contact_id CHAR(36) NOT NULL,
  subject VARCHAR(500) NOT NULL,
  department VARCHAR(100) NOT NULL,
  assignee VARCHAR(100),
  urgency VARCHAR(20) NOT NULL,
  status VARCHAR(20) NOT NULL,
  source VARCHAR(20) NOT NULL,
  client_email VARCHAR(320),
  review BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  first_response_at TIMESTAMP,
  closed_at TIMESTAMP,
  version BIGINT NOT NULL
);
CREATE UNIQUE INDEX ticketing_ticket_number ON ticketing_ticket (number);
CREATE INDEX ticketing_ticket_status ON ticketing_ticket (status, created_at);
CREATE INDEX ticketing_ticket_contact ON ticketing_ticket (contact_id, created_at);

-- The thread: IN (the client's mail), OUT (a staff reply), NOTE (for colleagues). mail_id is an incoming mail's
-- Message-ID; delivery is the notification journal's message id of a reply.
CREATE TABLE ticketing_message (
  id CHAR(36) NOT NULL PRIMARY KEY,
  ticket_id CHAR(36) NOT NULL,
  kind VARCHAR(10) NOT NULL,
  author VARCHAR(320) NOT NULL,
  body VARCHAR(20000) NOT NULL,
  important BOOLEAN NOT NULL,
  mail_id VARCHAR(500),
  delivery CHAR(36),
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX ticketing_message_ticket ON ticketing_message (ticket_id, created_at);
CREATE INDEX ticketing_message_mail ON ticketing_message (mail_id);

-- Every mail taken from a mailbox, by Message-ID: a mailbox read again after a restart or a reinstall adds nothing twice.
CREATE TABLE ticketing_mail_seen (
  mail_id VARCHAR(500) NOT NULL PRIMARY KEY,
  ticket_id CHAR(36),
  outcome VARCHAR(20) NOT NULL,
  seen_at TIMESTAMP NOT NULL
);

CREATE TABLE ticketing_counter (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
);
INSERT INTO ticketing_counter (name, next_value) VALUES ('ticket', 1000);
