-- Every console sign-in attempt, successful or not: operators audit who entered the console, from where, and
-- see repeated failures. Written asynchronously (JMS queue chargeops.audit) so sign-in never waits for it.
CREATE TABLE console_sign_in_log (
    id              BIGINT        NOT NULL,
    login_phone     VARCHAR(20)   NOT NULL,
    succeeded       BOOLEAN       NOT NULL,
    remote_address  VARCHAR(64),
    user_agent      VARCHAR(255),
    attempted_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_console_sign_in_log PRIMARY KEY (id)
);
CREATE INDEX ix_console_sign_in_phone ON console_sign_in_log (login_phone, attempted_at);
CREATE SEQUENCE seq_console_sign_in_log START WITH 1000 INCREMENT BY 50;
