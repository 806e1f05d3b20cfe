-- Operator console administration (issue 7): account types, the sign-in log's merchant (so the data scope covers it)
-- and the operation log (操作日志). Keep in step with the H2 script. DM8 sizes are in bytes.

-- PLATFORM (no merchant), MERCHANT (a merchant's or franchisee's staff) or CHANNEL (a sales channel acting for a
-- merchant): merchant and channel accounts see their merchant's records only; channel accounts administer nothing.
ALTER TABLE console_user ADD account_type VARCHAR2(16) DEFAULT 'PLATFORM' NOT NULL;
UPDATE console_user SET account_type = 'MERCHANT' WHERE merchant_id IS NOT NULL;
ALTER TABLE console_user ADD CONSTRAINT ck_console_user_account_type CHECK (account_type IN ('PLATFORM', 'MERCHANT', 'CHANNEL'));

-- The account's merchant when the attempt was made (NULL: platform account or unknown phone), so a merchant's
-- administrators see their own accounts' sign-ins only.
ALTER TABLE console_sign_in_log ADD merchant_id BIGINT;
UPDATE console_sign_in_log SET merchant_id = (SELECT u.merchant_id FROM console_user u WHERE u.login_phone = console_sign_in_log.login_phone);
CREATE INDEX ix_console_sign_in_time ON console_sign_in_log (attempted_at);
CREATE INDEX ix_console_sign_in_merchant ON console_sign_in_log (merchant_id, attempted_at);

-- Who changed what, written in the transaction of the change: actor (console account phone, or 'system'), channel
-- (CONSOLE, API, SYSTEM), action code, the record (type + id or code) and its merchant (NULL: platform-wide record),
-- the changed fields as compact JSON {"field":[before,after]} (never secrets or password hashes), caller's address.
CREATE TABLE operation_log (
    id              BIGINT         NOT NULL,
    merchant_id     BIGINT,
    actor           VARCHAR2(64)    NOT NULL,
    channel         VARCHAR2(16)    NOT NULL,
    action          VARCHAR2(64)    NOT NULL,
    record_type     VARCHAR2(32)    NOT NULL,
    record_key      VARCHAR2(64),
    changes         CLOB,
    remote_address  VARCHAR2(64),
    occurred_at     TIMESTAMP      NOT NULL,
    CONSTRAINT pk_operation_log PRIMARY KEY (id),
    CONSTRAINT ck_operation_log_channel CHECK (channel IN ('CONSOLE', 'API', 'SYSTEM'))
);
CREATE INDEX ix_operation_log_time ON operation_log (occurred_at);
CREATE INDEX ix_operation_log_merchant ON operation_log (merchant_id, occurred_at);
CREATE INDEX ix_operation_log_record ON operation_log (record_type, record_key);
CREATE INDEX ix_operation_log_actor ON operation_log (actor, occurred_at);
CREATE SEQUENCE seq_operation_log START WITH 1000 INCREMENT BY 50;
