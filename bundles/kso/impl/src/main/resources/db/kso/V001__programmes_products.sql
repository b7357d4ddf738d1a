-- Credit programmes of banks (кредитные программы): code is the bank's own id, unique when given (checked by the service: NULLs repeat).
CREATE TABLE kso_programme (
  id CHAR(36) NOT NULL PRIMARY KEY,
  code VARCHAR(64),
  location VARCHAR(200),
  default_location VARCHAR(200),
  bank VARCHAR(200) NOT NULL,
  online BOOLEAN NOT NULL,
  name VARCHAR(200) NOT NULL,
  status VARCHAR(20) NOT NULL,
  annual_rate DECIMAL(9,4) NOT NULL,
  down_min DECIMAL(9,4) NOT NULL,
  down_max DECIMAL(9,4) NOT NULL,
  amount_min DECIMAL(19,2) NOT NULL,
  amount_max DECIMAL(19,2) NOT NULL,
  term_min INTEGER NOT NULL,
  term_max INTEGER NOT NULL,
  residual BOOLEAN NOT NULL,
  residual_min DECIMAL(9,4),
  residual_max DECIMAL(9,4),
  state_programme BOOLEAN NOT NULL,
  collateral BOOLEAN NOT NULL,
  kasko_required BOOLEAN NOT NULL,
  kasko_term INTEGER,
  life_required BOOLEAN NOT NULL,
  gap_required BOOLEAN NOT NULL,
  priority INTEGER NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX kso_programme_code ON kso_programme (code);

-- Finance products (финансовые продукты); lists of one-line texts are kept one per line.
CREATE TABLE kso_product (
  id CHAR(36) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  options VARCHAR(4000),
  term_months INTEGER NOT NULL,
  price DECIMAL(19,2) NOT NULL,
  makes VARCHAR(4000),
  models VARCHAR(4000),
  price_min DECIMAL(19,2),
  price_max DECIMAL(19,2),
  agent_contract VARCHAR(200),
  active BOOLEAN NOT NULL,
  updated_at TIMESTAMP NOT NULL
);

-- The dealer's reward per product and counterparty, VAT included.
CREATE TABLE kso_product_reward (
  product_id CHAR(36) NOT NULL,
  line_order INTEGER NOT NULL,
  counterparty VARCHAR(200) NOT NULL,
  amount DECIMAL(19,2) NOT NULL,
  PRIMARY KEY (product_id, line_order)
);

-- The programmes that demand a product («обязательный фин. продукт»); every other programme may sell it voluntarily.
CREATE TABLE kso_product_mandatory (
  product_id CHAR(36) NOT NULL,
  programme_id CHAR(36) NOT NULL,
  PRIMARY KEY (product_id, programme_id)
);
CREATE INDEX kso_product_mandatory_programme ON kso_product_mandatory (programme_id);
