-- Local activities and groups the council keeps a list of (RCT's recommendation), for brokers and MEs
-- to point people to, and for the public directory to show when the council says so.
CREATE TABLE community_activity (
  id             VARCHAR(36)   NOT NULL,
  name           VARCHAR(200)  NOT NULL,
  description    VARCHAR(2000) NULL,
  locality_code  VARCHAR(40)   NOT NULL,
  when_held      VARCHAR(200)  NOT NULL,
  cost           VARCHAR(100)  NULL,
  contact        VARCHAR(200)  NULL,
  public_listing BOOLEAN       NOT NULL DEFAULT TRUE,
  retired        BOOLEAN       NOT NULL DEFAULT FALSE,
  version        BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_community_activity_name (name, locality_code),
  KEY ix_community_activity_locality (locality_code, retired, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
