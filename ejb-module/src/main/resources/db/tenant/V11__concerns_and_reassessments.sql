-- Broker casework: concerns and complaints about a micro-enterprise and/or a client, and requests to
-- route a client back to the council's assessment ("reassessment requests"). Both are opened, then
-- closed once with an outcome; neither is deleted. A safeguarding concern is flagged, so the
-- dashboard can put it first. Open ones are listed per ME and per client, so each has an index.

CREATE TABLE concern (
  id                   CHAR(36)      NOT NULL,
  kind                 VARCHAR(20)   NOT NULL,
  micro_enterprise_id  VARCHAR(36)   NULL,
  client_id            CHAR(36)      NULL,
  -- The arrangement the concern is about, if any. No foreign key yet: arrangements (V10) are built
  -- alongside and this migration must not depend on them; a key can be added once both have landed.
  arrangement_id       CHAR(36)      NULL,
  raised_on            DATE          NOT NULL,
  raised_by            VARCHAR(200)  NOT NULL,
  source               VARCHAR(20)   NOT NULL,
  category             VARCHAR(30)   NOT NULL,
  safeguarding         BOOLEAN       NOT NULL,
  description          VARCHAR(4000) NOT NULL,
  status               VARCHAR(10)   NOT NULL,
  outcome              VARCHAR(30)   NULL,
  outcome_note         VARCHAR(2000) NULL,
  closed_on            DATE          NULL,
  closed_by            VARCHAR(100)  NULL,
  recorded_by          VARCHAR(100)  NOT NULL,
  recorded_at          TIMESTAMP(3)  NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_concern_me (micro_enterprise_id, status, raised_on),
  KEY ix_concern_client (client_id, status, raised_on),
  KEY ix_concern_open (status, safeguarding, raised_on),
  CONSTRAINT fk_concern_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id),
  CONSTRAINT fk_concern_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT ck_concern_about CHECK (micro_enterprise_id IS NOT NULL OR client_id IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE reassessment_request (
  id             CHAR(36)      NOT NULL,
  client_id      CHAR(36)      NOT NULL,
  requested_on   DATE          NOT NULL,
  requested_by   VARCHAR(200)  NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  status         VARCHAR(10)   NOT NULL,
  outcome_note   VARCHAR(2000) NULL,
  closed_on      DATE          NULL,
  closed_by      VARCHAR(100)  NULL,
  recorded_by    VARCHAR(100)  NOT NULL,
  recorded_at    TIMESTAMP(3)  NOT NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_reassessment_client (client_id, status, requested_on),
  KEY ix_reassessment_open (status, requested_on),
  CONSTRAINT fk_reassessment_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
