-- One council's schema. Runs with this schema as the default database.
CREATE TABLE programme (
  id              VARCHAR(40)  NOT NULL,
  council_name    VARCHAR(200) NOT NULL,
  nation          VARCHAR(20)  NOT NULL,
  programme_name  VARCHAR(100) NOT NULL,
  welsh_language  BOOLEAN      NOT NULL DEFAULT FALSE,
  funding_routes  VARCHAR(300) NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE council_user (
  id              VARCHAR(36)  NOT NULL,
  username        VARCHAR(100) NOT NULL,
  display_name    VARCHAR(200) NOT NULL,
  email           VARCHAR(254) NULL,
  roles           VARCHAR(200) NOT NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  password_hash   VARCHAR(255) NOT NULL,
  failed_attempts INT          NOT NULL DEFAULT 0,
  created_at      TIMESTAMP(3) NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_council_user_username (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE care_service (
  id       VARCHAR(36)  NOT NULL,
  code     VARCHAR(40)  NOT NULL,
  name     VARCHAR(200) NOT NULL,
  retired  BOOLEAN      NOT NULL DEFAULT FALSE,
  version  BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_care_service_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE framework_requirement (
  id                  VARCHAR(36)   NOT NULL,
  code                VARCHAR(40)   NOT NULL,
  name                VARCHAR(200)  NOT NULL,
  guidance            VARCHAR(2000) NULL,
  mandatory           BOOLEAN       NOT NULL,
  validity_months     INT           NULL,
  applies_to_services VARCHAR(1000) NOT NULL DEFAULT '',
  version             BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_framework_requirement_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Append-only: the application only ever inserts here.
CREATE TABLE audit_entry (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  occurred_at  TIMESTAMP(3)  NOT NULL,
  actor        VARCHAR(100)  NOT NULL,
  action       VARCHAR(60)   NOT NULL,
  record_type  VARCHAR(60)   NULL,
  record_id    VARCHAR(60)   NULL,
  detail       VARCHAR(2000) NULL,
  remote_address VARCHAR(64) NULL,
  PRIMARY KEY (id),
  KEY ix_audit_entry_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
