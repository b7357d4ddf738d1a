-- Staff directory: who signs in, their groups (departments), roles and presence. The login is the key other
-- records store; id is the member's record id for the audit log.
CREATE TABLE staff_member (
  login VARCHAR(60) NOT NULL PRIMARY KEY,
  id CHAR(36) NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  email VARCHAR(200),
  phone_extension VARCHAR(20),
  position_title VARCHAR(200),
  active BOOLEAN NOT NULL,
  language VARCHAR(20) NOT NULL,
  time_zone VARCHAR(60) NOT NULL,
  password_hash VARCHAR(300) NOT NULL,
  presence VARCHAR(20) NOT NULL,
  version BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX staff_member_id ON staff_member (id);
CREATE TABLE staff_role (
  login VARCHAR(60) NOT NULL,
  role VARCHAR(40) NOT NULL,
  PRIMARY KEY (login, role)
);
CREATE TABLE staff_group (
  code VARCHAR(40) NOT NULL PRIMARY KEY,
  id CHAR(36) NOT NULL,
  name VARCHAR(200) NOT NULL,
  active BOOLEAN NOT NULL
);
CREATE TABLE staff_membership (
  login VARCHAR(60) NOT NULL,
  group_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (login, group_code)
);
