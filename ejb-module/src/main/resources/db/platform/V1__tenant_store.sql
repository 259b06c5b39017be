-- The tenant store: councils, their schemas and provisioning state, and platform operators.
CREATE TABLE tenant (
  id                  VARCHAR(40)   NOT NULL,
  name                VARCHAR(200)  NOT NULL,
  nation              VARCHAR(20)   NOT NULL,
  programme_name      VARCHAR(100)  NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  schema_name         VARCHAR(64)   NOT NULL,
  schema_version      VARCHAR(50)   NULL,
  failure_reason      VARCHAR(2000) NULL,
  pending_admin_username      VARCHAR(100) NULL,
  pending_admin_password_hash VARCHAR(255) NULL,
  created_at          TIMESTAMP(3)  NOT NULL,
  updated_at          TIMESTAMP(3)  NOT NULL,
  activated_at        TIMESTAMP(3)  NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_tenant_schema (schema_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE operator_account (
  username       VARCHAR(100) NOT NULL,
  password_hash  VARCHAR(255) NOT NULL,
  enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at     TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Append-only: the application only ever inserts here.
CREATE TABLE operator_audit (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  occurred_at    TIMESTAMP(3)  NOT NULL,
  actor          VARCHAR(100)  NOT NULL,
  action         VARCHAR(60)   NOT NULL,
  target         VARCHAR(100)  NULL,
  detail         VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  KEY ix_operator_audit_time (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
