CREATE TABLE account (
  id CHAR(36) NOT NULL PRIMARY KEY,
  number VARCHAR(40) NOT NULL,
  owner_id CHAR(36) NOT NULL,
  currency CHAR(3) NOT NULL,
  status VARCHAR(12) NOT NULL,
  credit_limit DECIMAL(19,2) NOT NULL,
  critical_balance DECIMAL(19,2) NOT NULL,
  time_zone VARCHAR(40) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);
CREATE UNIQUE INDEX account_number ON account (number);
CREATE INDEX account_owner ON account (owner_id);
CREATE INDEX account_status ON account (status, number);
CREATE INDEX account_created ON account (created_at);

-- One row per numbering sequence; the row lock serialises number generation.
CREATE TABLE account_counter (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
);
