-- The Open Referral feed names each service an ME offers by a UUID derived from the ME's id and the
-- service code (name-based, RFC 4122 version 3: MD5 of "microcare:openreferral:service", NUL, ME id,
-- NUL, code, with the version and variant bits set; MicroEnterpriseCode.serviceId). Stored on the
-- service code row and indexed, GET /openreferral/services/{id} is one index probe instead of
-- deriving the id of every service of the council. Existing rows get the same value the feed has
-- always shown, so no id changes; new rows get it from Java. Other kinds of code have none.
ALTER TABLE micro_enterprise_code
  ADD COLUMN feed_id VARCHAR(36) NULL,
  ADD KEY ix_me_code_feed (feed_id);

-- the digest first (32 hex digits), then laid out as a UUID with version 3 and the RFC 4122 variant
UPDATE micro_enterprise_code
SET feed_id = MD5(CONCAT('microcare:openreferral:service', UNHEX('00'), micro_enterprise_id, UNHEX('00'), code))
WHERE kind = 'SERVICE';

UPDATE micro_enterprise_code
SET feed_id = CONCAT(SUBSTRING(feed_id, 1, 8), '-', SUBSTRING(feed_id, 9, 4), '-3', SUBSTRING(feed_id, 14, 3), '-',
                     LOWER(HEX((CONV(SUBSTRING(feed_id, 17, 1), 16, 10) & 3) | 8)), SUBSTRING(feed_id, 18, 3), '-',
                     SUBSTRING(feed_id, 21, 12))
WHERE kind = 'SERVICE';
