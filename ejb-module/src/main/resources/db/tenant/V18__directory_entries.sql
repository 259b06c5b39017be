-- Who is in the directory on which days, in the order the directory shows them. One row per listed ME
-- and compliance range (directory_listing), and per listed ME, service it offers and range
-- (directory_offer), each with the trading name the directory sorts by. Derived from micro_enterprise
-- (stage LISTED, trading name), its service codes and compliance_window, and rewritten for an ME in the
-- transaction that changes any of them (JpaComplianceWindows). A directory or feed page is then one
-- range of one index read in the order shown, where joining the ME, its codes and its ranges cost three
-- index look-ups per ME on every request (docs/benchmarks.md).
CREATE TABLE directory_listing (
  micro_enterprise_id VARCHAR(36)  NOT NULL,
  valid_from          DATE         NOT NULL,
  valid_to            DATE         NULL,
  trading_name        VARCHAR(200) NOT NULL,
  PRIMARY KEY (micro_enterprise_id, valid_from),
  KEY ix_directory_listing_name (trading_name, micro_enterprise_id, valid_from, valid_to),
  CONSTRAINT fk_directory_listing_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE directory_offer (
  micro_enterprise_id VARCHAR(36)  NOT NULL,
  service_code        VARCHAR(40)  NOT NULL,
  valid_from          DATE         NOT NULL,
  valid_to            DATE         NULL,
  trading_name        VARCHAR(200) NOT NULL,
  PRIMARY KEY (micro_enterprise_id, service_code, valid_from),
  KEY ix_directory_offer_service (service_code, trading_name, micro_enterprise_id, valid_from, valid_to),
  KEY ix_directory_offer_name (trading_name, micro_enterprise_id, service_code, valid_from, valid_to),
  CONSTRAINT fk_directory_offer_me FOREIGN KEY (micro_enterprise_id) REFERENCES micro_enterprise (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO directory_listing (micro_enterprise_id, valid_from, valid_to, trading_name)
SELECT m.id, w.valid_from, w.valid_to, m.trading_name
FROM micro_enterprise m JOIN compliance_window w ON w.micro_enterprise_id = m.id
WHERE m.stage = 'LISTED';

INSERT INTO directory_offer (micro_enterprise_id, service_code, valid_from, valid_to, trading_name)
SELECT m.id, c.code, w.valid_from, w.valid_to, m.trading_name
FROM micro_enterprise m JOIN compliance_window w ON w.micro_enterprise_id = m.id
  JOIN micro_enterprise_code c ON c.micro_enterprise_id = m.id AND c.kind = 'SERVICE'
WHERE m.stage = 'LISTED';
