-- Interface call log (issue 8): every inbound /api/evcs call and every outbound push/pull call, one row each:
-- partner, interface, direction, Ret (null when none was read: unreachable, HTTP error, no envelope), a short note,
-- duration and time. Never secrets, tokens, Data or decrypted personal data.
-- DM8 sizes are in bytes: note holds 200 characters of Chinese text.
CREATE TABLE interconnect_call (
    id               BIGINT        NOT NULL,
    partner_id       BIGINT,
    operator_id      VARCHAR2(32),
    interface_name   VARCHAR2(64)   NOT NULL,
    direction        VARCHAR2(8)    NOT NULL,
    ret              INT,
    note             VARCHAR2(600),
    duration_ms      INT           NOT NULL,
    called_at        TIMESTAMP     NOT NULL,
    CONSTRAINT pk_interconnect_call PRIMARY KEY (id),
    CONSTRAINT ck_interconnect_call_direction CHECK (direction IN ('IN', 'OUT'))
);
CREATE INDEX ix_interconnect_call_partner ON interconnect_call (partner_id, called_at);
CREATE SEQUENCE seq_interconnect_call START WITH 1000 INCREMENT BY 50;
