-- Contacts: organisations and persons. Ids are UUID text; instants are UTC.
-- INN is unique by rule, enforced in the service (a clear 409 naming the holder);
-- the index keeps that check and INN lookups exact and fast.
CREATE TABLE contact (
  id CHAR(36) NOT NULL PRIMARY KEY,
  kind VARCHAR(12) NOT NULL,
  name VARCHAR(300) NOT NULL,
  name_lower VARCHAR(300) NOT NULL,
  search_words VARCHAR(310) NOT NULL,
  inn VARCHAR(12),
  kpp VARCHAR(9),
  ogrn VARCHAR(15),
  last_name VARCHAR(100),
  first_name VARCHAR(100),
  middle_name VARCHAR(100),
  birth_date DATE,
  note VARCHAR(4000),
  status VARCHAR(10) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL
);
-- Every list is "status = ? [AND kind = ?] ORDER BY <key>, id": each index below serves one such shape
-- read in order, so a page stops after its rows instead of sorting a million, and COUNT reads an index
-- range instead of the table. The id makes page boundaries stable. Newest-first is the usual order by
-- date, and Derby cannot read an ascending index backwards, hence DESC.
CREATE INDEX contact_status_name ON contact (status, name_lower, id);
CREATE INDEX contact_status_kind_name ON contact (status, kind, name_lower, id);
CREATE INDEX contact_status_created ON contact (status, created_at DESC, id DESC);
CREATE INDEX contact_status_inn ON contact (status, inn, id);
-- the same orders over every status, and exact lookups by name (upsert), INN and OGRN
CREATE INDEX contact_name ON contact (name_lower, id);
CREATE INDEX contact_created ON contact (created_at DESC, id DESC);
CREATE INDEX contact_inn ON contact (inn, id);
CREATE INDEX contact_ogrn ON contact (ogrn);

CREATE TABLE contact_phone (
  contact_id CHAR(36) NOT NULL,
  pos INTEGER NOT NULL,
  e164 VARCHAR(16) NOT NULL,
  PRIMARY KEY (contact_id, pos),
  CONSTRAINT contact_phone_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX contact_phone_e164 ON contact_phone (e164, contact_id);

CREATE TABLE contact_email (
  contact_id CHAR(36) NOT NULL,
  pos INTEGER NOT NULL,
  email VARCHAR(254) NOT NULL,
  PRIMARY KEY (contact_id, pos),
  CONSTRAINT contact_email_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX contact_email_email ON contact_email (email, contact_id);

CREATE TABLE contact_address (
  contact_id CHAR(36) NOT NULL,
  pos INTEGER NOT NULL,
  kind VARCHAR(10) NOT NULL,
  address_text VARCHAR(500) NOT NULL,
  PRIMARY KEY (contact_id, pos),
  CONSTRAINT contact_address_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);

CREATE TABLE contact_tag (
  contact_id CHAR(36) NOT NULL,
  pos INTEGER NOT NULL,
  tag VARCHAR(50) NOT NULL,
  PRIMARY KEY (contact_id, pos),
  CONSTRAINT contact_tag_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
CREATE INDEX contact_tag_tag ON contact_tag (tag, contact_id);

-- Every word of a contact's name, lower-cased, so that "петр" finds "Иванов Пётр" through an index
-- (word LIKE 'петр%') instead of scanning name_lower LIKE '%петр%'. Its index is in V002.
-- contact.search_words holds the same words as " w1 w2 w3": a search for several words reaches the
-- candidates through the index with one word and checks the others on the row (LIKE '% w2%').
CREATE TABLE contact_word (
  contact_id CHAR(36) NOT NULL,
  pos INTEGER NOT NULL,
  word VARCHAR(100) NOT NULL,
  PRIMARY KEY (contact_id, pos),
  CONSTRAINT contact_word_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);

CREATE TABLE contact_relation (
  id CHAR(36) NOT NULL PRIMARY KEY,
  from_id CHAR(36) NOT NULL,
  relation_type VARCHAR(20) NOT NULL,
  to_id CHAR(36) NOT NULL,
  job_title VARCHAR(200),
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT contact_relation_once UNIQUE (from_id, relation_type, to_id),
  CONSTRAINT contact_relation_from FOREIGN KEY (from_id) REFERENCES contact (id),
  CONSTRAINT contact_relation_to FOREIGN KEY (to_id) REFERENCES contact (id)
);
CREATE INDEX contact_relation_to_id ON contact_relation (to_id);
