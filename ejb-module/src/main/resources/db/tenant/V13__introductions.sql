-- Broker casework: introductions of a client to a micro-enterprise. A broker shortlists an ME for a
-- client, introduces them (the "maybe visit"), then records the outcome: AGREED, or DECLINED with a
-- reason. Nothing is deleted, so the history stays on both the client and the ME; each has an index.
-- "One open introduction per client and ME" is a rule of the application (MariaDB has no partial
-- unique index), checked under a lock on the client's row.

CREATE TABLE introduction (
  id                   CHAR(36)      NOT NULL,
  client_id            CHAR(36)      NOT NULL,
  micro_enterprise_id  VARCHAR(36)   NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  note                 VARCHAR(2000) NULL,
  introduced_on        DATE          NULL,
  decided_on           DATE          NULL,
  declined_reason      VARCHAR(30)   NULL,
  outcome_note         VARCHAR(2000) NULL,
  recorded_by          VARCHAR(100)  NOT NULL,
  recorded_at          TIMESTAMP(3)  NOT NULL,
  changed_by           VARCHAR(100)  NULL,
  changed_at           TIMESTAMP(3)  NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_introduction_client (client_id, status, recorded_at),
  KEY ix_introduction_me (micro_enterprise_id, status, recorded_at),
  CONSTRAINT fk_introduction_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_introduction_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id),
  CONSTRAINT ck_introduction_declined CHECK (status <> 'DECLINED' OR declined_reason IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
