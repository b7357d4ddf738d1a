-- Credit applications: the offer is a copy of what the calculation gave (programme, bank, terms, payment), so that a
-- later change of a programme never changes an application filed before it. decision_* is the bank's answer.
CREATE TABLE kso_application (
  id CHAR(36) NOT NULL PRIMARY KEY,
  contact_id CHAR(36) NOT NULL,
  deal_type VARCHAR(40),
  deal_id CHAR(36),
  status VARCHAR(20) NOT NULL,
  manager VARCHAR(100) NOT NULL,
  programme_id VARCHAR(60),
  programme_name VARCHAR(200),
  bank VARCHAR(200) NOT NULL,
  annual_rate DECIMAL(9,4) NOT NULL,
  term_months INTEGER NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  down_payment DECIMAL(19,2) NOT NULL,
  monthly_payment DECIMAL(19,2) NOT NULL,
  programme_reward DECIMAL(19,2) NOT NULL,
  decision_rate DECIMAL(9,4),
  decision_amount DECIMAL(19,2),
  decision_term INTEGER,
  decision_payment DECIMAL(19,2),
  decision_reference VARCHAR(100),
  decision_comment VARCHAR(1000),
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  issued_at TIMESTAMP,
  version BIGINT NOT NULL
);
CREATE INDEX kso_application_contact ON kso_application (contact_id, created_at);
CREATE INDEX kso_application_issued ON kso_application (issued_at);

-- The finance products chosen with the offer, in the order given.
CREATE TABLE kso_application_product (
  application_id CHAR(36) NOT NULL,
  line_no INTEGER NOT NULL,
  name VARCHAR(200) NOT NULL,
  price DECIMAL(19,2) NOT NULL,
  counterparty VARCHAR(200),
  reward DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (application_id, line_no)
);

-- What each counterparty owes for one issued loan; one row per counterparty and application, written with the
-- ledger posting that makes it a receivable (issue_tx) and cleared by the payment posting (paid_tx, paid_key).
CREATE TABLE kso_reward (
  id CHAR(36) NOT NULL PRIMARY KEY,
  application_id CHAR(36) NOT NULL,
  counterparty VARCHAR(200) NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  status VARCHAR(20) NOT NULL,
  manager VARCHAR(100) NOT NULL,
  book CHAR(36) NOT NULL,
  issued_at TIMESTAMP NOT NULL,
  issue_tx CHAR(36) NOT NULL,
  paid_at TIMESTAMP,
  paid_tx CHAR(36),
  paid_key VARCHAR(200)
);
CREATE UNIQUE INDEX kso_reward_counterparty ON kso_reward (application_id, counterparty);
CREATE INDEX kso_reward_issued ON kso_reward (issued_at);
