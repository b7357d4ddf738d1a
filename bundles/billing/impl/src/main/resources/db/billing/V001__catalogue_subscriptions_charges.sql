-- Products of the catalogue (продукты и модули); code is what subscriptions name.
CREATE TABLE billing_product (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  vat_rate DECIMAL(5,2) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX billing_product_code ON billing_product (code);

-- Price per unit and cycle, by version: a version starts on its date and never rewrites a charge made before it.
CREATE TABLE billing_price (
  product_id CHAR(36) NOT NULL,
  effective_from DATE NOT NULL,
  cycle VARCHAR(20) NOT NULL,
  price DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (product_id, effective_from, cycle)
);

-- Subscriptions of personal accounts (подписки); tariff, when set, prices a month by a tariff string.
CREATE TABLE billing_subscription (
  id CHAR(36) NOT NULL PRIMARY KEY,
  account_id CHAR(36) NOT NULL,
  product_code VARCHAR(64) NOT NULL,
  quantity INTEGER NOT NULL,
  cycle VARCHAR(20) NOT NULL,
  start_date DATE NOT NULL,
  tariff VARCHAR(500),
  status VARCHAR(20) NOT NULL,
  suspended_by_billing BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX billing_subscription_account ON billing_subscription (account_id);

-- One row per account and charged month: the outcome of its charge, so that a rerun never charges twice and a
-- top-up resumes a suspended account once (SUSPENDED -> CHARGED).
CREATE TABLE billing_charge (
  account_id CHAR(36) NOT NULL,
  period CHAR(7) NOT NULL,
  status VARCHAR(20) NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  shortfall DECIMAL(19,2) NOT NULL,
  transaction_id CHAR(36),
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (account_id, period)
);

-- The ledger hold made for a coming month (резерв), voided when that month is charged.
CREATE TABLE billing_hold (
  account_id CHAR(36) NOT NULL,
  period CHAR(7) NOT NULL,
  hold_id CHAR(36) NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (account_id, period)
);

-- The accounts of a billing run, claimed in chunks (FOR UPDATE SKIP LOCKED on PostgreSQL), with each one's outcome.
CREATE TABLE billing_run_item (
  run_id CHAR(36) NOT NULL,
  account_id CHAR(36) NOT NULL,
  state VARCHAR(20) NOT NULL,
  result VARCHAR(20),
  charged DECIMAL(19,2),
  reserved DECIMAL(19,2),
  shortfall DECIMAL(19,2),
  reason VARCHAR(500),
  PRIMARY KEY (run_id, account_id)
);

CREATE TABLE billing_run (
  id CHAR(36) NOT NULL PRIMARY KEY,
  period CHAR(7) NOT NULL,
  preview BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL
);
