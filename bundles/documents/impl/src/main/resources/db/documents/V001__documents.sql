-- Our legal entities (наши юридические лица). is_default: exactly one row has 1 once any exists (kept by the service
-- under the rows' locks). closed_through: the last closed year; documents dated in it or before are refused.
CREATE TABLE legal_entity (
  id CHAR(36) NOT NULL PRIMARY KEY,
  full_name VARCHAR(500) NOT NULL,
  short_name VARCHAR(200) NOT NULL,
  inn VARCHAR(12) NOT NULL,
  kpp VARCHAR(9),
  ogrn VARCHAR(15),
  legal_address VARCHAR(1000),
  postal_address VARCHAR(1000),
  director_name VARCHAR(300),
  director_position VARCHAR(300),
  director_basis VARCHAR(300),
  accountant_name VARCHAR(300),
  accountant_position VARCHAR(300),
  accountant_basis VARCHAR(300),
  vat_mode VARCHAR(10) NOT NULL,
  is_default SMALLINT NOT NULL,
  closed_through INTEGER,
  logo CHAR(36),
  stamp CHAR(36),
  version BIGINT NOT NULL,
  updated_at TIMESTAMP NOT NULL
);

-- Bank accounts of an entity in the order shown; the first is the one documents print.
CREATE TABLE legal_entity_account (
  entity_id CHAR(36) NOT NULL,
  position INTEGER NOT NULL,
  account VARCHAR(20) NOT NULL,
  bank_name VARCHAR(500) NOT NULL,
  bic VARCHAR(9) NOT NULL,
  corr_account VARCHAR(20),
  PRIMARY KEY (entity_id, position)
);

-- Numbering counters: one row per issuer, prefix and period (the year, or 0 for a running series). A number is
-- taken by incrementing the row inside the issuing transaction, so the row stays locked until it commits and a
-- rollback gives the number back.
CREATE TABLE document_counter (
  issuer_id CHAR(36) NOT NULL,
  prefix VARCHAR(40) NOT NULL,
  period INTEGER NOT NULL,
  last_number BIGINT NOT NULL,
  PRIMARY KEY (issuer_id, prefix, period)
);

-- Issued documents; their PDF and data are attachments on document/<id>, never rendered again (pdf and data are
-- set in the issuing transaction right after the row, which the attachments need to exist first).
CREATE TABLE document (
  id CHAR(36) NOT NULL PRIMARY KEY,
  kind VARCHAR(20) NOT NULL,
  number VARCHAR(80) NOT NULL,
  doc_date DATE NOT NULL,
  issuer_id CHAR(36) NOT NULL,
  language VARCHAR(2) NOT NULL,
  buyer_name VARCHAR(500) NOT NULL,
  buyer_inn VARCHAR(12),
  buyer_kpp VARCHAR(9),
  buyer_address VARCHAR(1000),
  total DECIMAL(19,2) NOT NULL,
  vat DECIMAL(19,2),
  purpose VARCHAR(1000),
  about_type VARCHAR(40),
  about_id CHAR(36),
  pdf CHAR(36),
  data CHAR(36),
  issued_by VARCHAR(100) NOT NULL,
  issued_at TIMESTAMP NOT NULL,
  CONSTRAINT document_number UNIQUE (issuer_id, number)
);
