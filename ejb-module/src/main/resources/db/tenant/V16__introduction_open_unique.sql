-- One open introduction per client and micro-enterprise, kept by the database as well as by the
-- application: two brokers shortlisting the same ME for the same client at the same moment must not
-- both succeed. MariaDB/MySQL have no partial unique index, so a generated column `open_flag` is 1
-- while the introduction is open (SHORTLISTED or INTRODUCED) and NULL once it is decided (AGREED or
-- DECLINED), and the pair is unique together with it: any number of decided introductions share a
-- pair (NULLs do not collide) but only one open one. (The flag does not hold the pair itself:
-- MariaDB refuses a generated column built from a CHAR column such as client_id, as its value would
-- depend on the sql_mode.) The application never writes the column.
--
-- Introductions made before this check could have left two open for one pair; all but the earliest
-- are declined (OTHER) with a note saying why, so the index can be built and the history stays.

UPDATE introduction i
  JOIN introduction first_open
    ON first_open.client_id = i.client_id
   AND first_open.micro_enterprise_id = i.micro_enterprise_id
   AND first_open.status IN ('SHORTLISTED', 'INTRODUCED')
   AND (first_open.recorded_at < i.recorded_at OR (first_open.recorded_at = i.recorded_at AND first_open.id < i.id))
   SET i.status = 'DECLINED', i.declined_reason = 'OTHER', i.decided_on = CURRENT_DATE,
       i.outcome_note = 'Closed as a duplicate of an earlier open introduction to the same micro-enterprise',
       i.changed_by = 'system', i.changed_at = CURRENT_TIMESTAMP(3), i.version = i.version + 1
 WHERE i.status IN ('SHORTLISTED', 'INTRODUCED');

ALTER TABLE introduction
  ADD COLUMN open_flag TINYINT GENERATED ALWAYS AS (IF(status IN ('SHORTLISTED', 'INTRODUCED'), 1, NULL)) STORED,
  ADD UNIQUE KEY uk_introduction_open (client_id, micro_enterprise_id, open_flag);
