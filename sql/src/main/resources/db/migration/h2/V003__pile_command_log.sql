-- Every command the platform sends to a pile (time sync, reboot, remote start/stop, tariff issue, ...): what was
-- sent, by whom, and what the pile answered. Operators trace a remote start or a reboot back to its result here
-- (the console's "remote command records"); a row is written before the frame leaves, so a crash between sending
-- and answering still leaves the SENT row behind.
CREATE TABLE pile_command_log (
    id               BIGINT        NOT NULL,
    -- the pile's merchant when it has one; NULL for a free pile (游离电桩), owned by nobody yet
    merchant_id      BIGINT,
    pile_code        CHAR(14)      NOT NULL,
    gun_no           INT,
    command_type     VARCHAR(32)   NOT NULL,
    frame_type       INT           NOT NULL,
    payload_summary  VARCHAR(255),
    actor            VARCHAR(64)   NOT NULL,
    sent_at          TIMESTAMP     NOT NULL,
    answered_at      TIMESTAMP,
    answer_summary   VARCHAR(255),
    result           VARCHAR(16)   NOT NULL,
    CONSTRAINT pk_pile_command_log PRIMARY KEY (id),
    CONSTRAINT fk_pile_command_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT ck_pile_command_result CHECK (result IN ('SENT', 'ANSWERED', 'TIMEOUT', 'OFFLINE', 'FAILED'))
);
CREATE INDEX ix_pile_command_pile ON pile_command_log (pile_code, sent_at);
CREATE INDEX ix_pile_command_merchant ON pile_command_log (merchant_id, sent_at);
CREATE SEQUENCE seq_pile_command_log START WITH 1000 INCREMENT BY 50;
