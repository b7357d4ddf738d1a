-- Ledger schema: books (balances kept consistent with the journal), the immutable journal
-- (transactions and their entries) and holds. Identical on Derby and PostgreSQL.

-- One row per book: a personal account's book (same id as the account) or a house book.
-- balance = sum of the book's entries; reserved = sum of its pending holds.
-- last_hash / entry_count are the head of the book's own hash chain: the row lock that
-- orders postings to a book also orders its chain, so unrelated books post in parallel.
CREATE TABLE ledger_book (
  id CHAR(36) NOT NULL PRIMARY KEY,
  currency CHAR(3) NOT NULL,
  house BOOLEAN NOT NULL,
  status VARCHAR(10) NOT NULL,
  credit_limit DECIMAL(19,2) NOT NULL,
  balance DECIMAL(19,2) NOT NULL,
  reserved DECIMAL(19,2) NOT NULL,
  time_zone VARCHAR(60) NOT NULL,
  entry_count BIGINT NOT NULL,
  last_hash CHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);

-- Never updated or deleted: corrections are reversals. reversed_by is derived by a query on
-- reverses (unique: a transaction can be reversed once). idem_key is unique so that two
-- concurrent requests with one key end with one transaction.
CREATE TABLE ledger_transaction (
  id CHAR(36) NOT NULL PRIMARY KEY,
  idem_key VARCHAR(200) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  tx_type VARCHAR(40) NOT NULL,
  reason VARCHAR(500) NOT NULL,
  source_document VARCHAR(200) NOT NULL,
  author VARCHAR(200) NOT NULL,
  posted_at TIMESTAMP NOT NULL,
  reverses CHAR(36),
  line_count INTEGER NOT NULL,
  content_hash CHAR(64) NOT NULL,
  CONSTRAINT ledger_tx_idem_key UNIQUE (idem_key),
  CONSTRAINT ledger_tx_reverses UNIQUE (reverses)
);
CREATE INDEX ledger_tx_posted ON ledger_transaction (posted_at);

-- One line of a transaction on one book. (book_id, book_seq) is the position in the book's
-- chain: prev_hash is the hash of entry book_seq - 1 of the same book.
CREATE TABLE ledger_entry (
  book_id CHAR(36) NOT NULL,
  book_seq BIGINT NOT NULL,
  transaction_id CHAR(36) NOT NULL,
  line_no INTEGER NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  currency CHAR(3) NOT NULL,
  balance_after DECIMAL(19,2) NOT NULL,
  memo VARCHAR(500),
  posted_at TIMESTAMP NOT NULL,
  prev_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL,
  PRIMARY KEY (book_id, book_seq)
);
CREATE UNIQUE INDEX ledger_entry_tx ON ledger_entry (transaction_id, line_no);
CREATE INDEX ledger_entry_book_time ON ledger_entry (book_id, posted_at);

-- Two-phase reservations. Unlike the journal a hold changes state (PENDING to POSTED, VOIDED
-- or EXPIRED); the money it finally moves is a hold-capture transaction in the journal.
CREATE TABLE ledger_hold (
  id CHAR(36) NOT NULL PRIMARY KEY,
  idem_key VARCHAR(200) NOT NULL,
  request_hash CHAR(64) NOT NULL,
  book_id CHAR(36) NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  currency CHAR(3) NOT NULL,
  reason VARCHAR(500) NOT NULL,
  status VARCHAR(10) NOT NULL,
  author VARCHAR(200) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP,
  closed_at TIMESTAMP,
  close_reason VARCHAR(500),
  captured_amount DECIMAL(19,2),
  capture_tx CHAR(36),
  CONSTRAINT ledger_hold_idem_key UNIQUE (idem_key)
);
CREATE INDEX ledger_hold_book ON ledger_hold (book_id, status);
CREATE INDEX ledger_hold_expiry ON ledger_hold (status, expires_at);
