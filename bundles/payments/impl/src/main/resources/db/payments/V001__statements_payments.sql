-- Bank statements as read (выписки): where they came from and what the import did.
CREATE TABLE payments_statement (
  id CHAR(36) NOT NULL PRIMARY KEY,
  received_at TIMESTAMP NOT NULL,
  received_by VARCHAR(200) NOT NULL,
  source VARCHAR(200) NOT NULL,
  format VARCHAR(10) NOT NULL,
  charset VARCHAR(20) NOT NULL,
  file_hash CHAR(64) NOT NULL,
  read_count INTEGER NOT NULL,
  imported INTEGER NOT NULL,
  matched INTEGER NOT NULL,
  unmatched INTEGER NOT NULL,
  outgoing INTEGER NOT NULL,
  duplicates INTEGER NOT NULL,
  rejected INTEGER NOT NULL
);
-- Refused documents and notes of a statement, by line.
CREATE TABLE payments_statement_note (
  statement_id CHAR(36) NOT NULL,
  seq INTEGER NOT NULL,
  kind VARCHAR(10) NOT NULL,
  line INTEGER NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  PRIMARY KEY (statement_id, seq)
);
-- One payment document of a statement (платёжное поручение). natural_key is the payment's identity whatever file
-- brings it (see docs/ARCHITECTURE.md); its unique index is what makes the same payment arriving twice post once.
CREATE TABLE payments_payment (
  id CHAR(36) NOT NULL PRIMARY KEY,
  natural_key VARCHAR(200) NOT NULL,
  statement_id CHAR(36) NOT NULL,
  line INTEGER NOT NULL,
  direction VARCHAR(3) NOT NULL,
  doc_number VARCHAR(40) NOT NULL,
  doc_date DATE NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  currency CHAR(3) NOT NULL,
  payer_name VARCHAR(500),
  payer_inn VARCHAR(12),
  payer_kpp VARCHAR(9),
  payer_account VARCHAR(20),
  payer_bic VARCHAR(9),
  recipient_name VARCHAR(500),
  recipient_inn VARCHAR(12),
  recipient_kpp VARCHAR(9),
  recipient_account VARCHAR(20),
  recipient_bic VARCHAR(9),
  purpose VARCHAR(2000),
  status VARCHAR(20) NOT NULL,
  account_id CHAR(36),
  account_number VARCHAR(64),
  client_id CHAR(36),
  legal_entity_id CHAR(36),
  rule_code VARCHAR(40) NOT NULL,
  explanation VARCHAR(2000) NOT NULL,
  warnings VARCHAR(2000),
  transaction_id CHAR(36),
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX payments_payment_key ON payments_payment (natural_key);
CREATE INDEX payments_payment_status ON payments_payment (status, created_at);
CREATE INDEX payments_payment_account ON payments_payment (account_id, created_at);
-- Statement files already taken by the folder route, by a hash of their content, shared by every server.
CREATE TABLE payments_file (
  file_key VARCHAR(200) NOT NULL PRIMARY KEY,
  claimed_at TIMESTAMP NOT NULL
);
