-- Promo codes (промо-коды, seed 002): percent or fixed off a charge line, for some products (comma-separated codes)
-- or all when products is NULL, on every charge or the first only, within dates, up to max_uses, once per client.
CREATE TABLE billing_promo_code (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(64) NOT NULL,
  kind VARCHAR(10) NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  products VARCHAR(1000),
  recurring BOOLEAN NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE,
  max_uses INTEGER,
  once_per_client BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX billing_promo_code_code ON billing_promo_code (code);

-- A code applied to a subscription: one row per subscription (its charges are discounted from first_period on), the
-- account kept so that "once per client" and the use count are one query each.
CREATE TABLE billing_promo_use (
  subscription_id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(64) NOT NULL,
  account_id CHAR(36) NOT NULL,
  first_period CHAR(7) NOT NULL,
  used_at TIMESTAMP NOT NULL
);
CREATE INDEX billing_promo_use_code ON billing_promo_use (code, account_id);
