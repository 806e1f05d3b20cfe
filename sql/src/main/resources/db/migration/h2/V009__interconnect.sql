-- Interconnect, T/CEC 102 (issue 8): partner platforms, their tokens, the replay guard, partner charges and the push
-- outbox; charging orders get the PARTNER start channel and the partner's StartChargeSeq. Keep in step with the DM8
-- script.

-- A partner platform (user/aggregator platform, another operator, a government supervision platform). Secrets are
-- per direction: in_* are the ones the partner uses to call us, out_* the ones it issued to us for calling it. Every
-- secret column holds "v1:<Base64 AES-GCM>" sealed with chargeops.interconnect.secret-key (or the generated key
-- file); a "plain:" value (the demo seed) is sealed at the next start.
CREATE TABLE interconnect_partner (
    id                    BIGINT         NOT NULL,
    operator_id           VARCHAR(32)    NOT NULL,
    name                  VARCHAR(100)   NOT NULL,
    partner_role          VARCHAR(16)    NOT NULL,
    status                VARCHAR(16)    NOT NULL,
    -- where its interfaces are, e.g. http://host/evcs/v1/ (the interface name is appended); NULL = no pushes
    base_url              VARCHAR(255),
    in_operator_secret    VARCHAR(255)   NOT NULL,
    in_data_secret        VARCHAR(255)   NOT NULL,
    in_data_secret_iv     VARCHAR(255)   NOT NULL,
    in_sig_secret         VARCHAR(255)   NOT NULL,
    out_operator_secret   VARCHAR(255),
    out_data_secret       VARCHAR(255),
    out_data_secret_iv    VARCHAR(255),
    out_sig_secret        VARCHAR(255),
    -- known deviations (CecVariant names, comma separated); empty = the standard
    variants              VARCHAR(255),
    -- notification_* interfaces pushed to it, comma separated
    pushes                VARCHAR(500),
    -- ALL stations, or only those LISTED in interconnect_partner_station
    station_scope         VARCHAR(8)     DEFAULT 'LISTED' NOT NULL,
    token_ttl_seconds     INT            DEFAULT 7200 NOT NULL,
    charge_status_seconds INT            DEFAULT 30 NOT NULL,
    -- the channel account its starts are billed to (an app user with an enterprise wallet), and the prepay per start
    billing_user_id       BIGINT,
    billing_wallet_id     BIGINT,
    prepay_amount         NUMERIC(14,2)  DEFAULT 200.00 NOT NULL,
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    row_version           BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_interconnect_partner PRIMARY KEY (id),
    CONSTRAINT uk_interconnect_partner_operator UNIQUE (operator_id),
    CONSTRAINT ck_interconnect_partner_role CHECK (partner_role IN ('USER_PLATFORM', 'OPERATOR', 'GOVERNMENT')),
    CONSTRAINT ck_interconnect_partner_status CHECK (status IN ('ACTIVE', 'DISABLED')),
    CONSTRAINT ck_interconnect_partner_scope CHECK (station_scope IN ('ALL', 'LISTED')),
    CONSTRAINT ck_interconnect_partner_ttl CHECK (token_ttl_seconds BETWEEN 1 AND 604800)
);
CREATE SEQUENCE seq_interconnect_partner START WITH 1000 INCREMENT BY 50;

-- The stations a partner with station_scope LISTED may see and charge at.
CREATE TABLE interconnect_partner_station (
    id          BIGINT  NOT NULL,
    partner_id  BIGINT  NOT NULL,
    station_id  BIGINT  NOT NULL,
    CONSTRAINT pk_interconnect_partner_station PRIMARY KEY (id),
    CONSTRAINT uk_interconnect_partner_station UNIQUE (partner_id, station_id),
    CONSTRAINT fk_ic_partner_station_partner FOREIGN KEY (partner_id) REFERENCES interconnect_partner (id),
    CONSTRAINT fk_ic_partner_station_station FOREIGN KEY (station_id) REFERENCES station (id)
);
CREATE SEQUENCE seq_interconnect_partner_station START WITH 1000 INCREMENT BY 50;

-- Access tokens issued by query_token (stored as SHA-256, never the token itself).
CREATE TABLE interconnect_token (
    id          BIGINT     NOT NULL,
    partner_id  BIGINT     NOT NULL,
    token_hash  CHAR(64)   NOT NULL,
    issued_at   TIMESTAMP  NOT NULL,
    expires_at  TIMESTAMP  NOT NULL,
    CONSTRAINT pk_interconnect_token PRIMARY KEY (id),
    CONSTRAINT uk_interconnect_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_interconnect_token_partner FOREIGN KEY (partner_id) REFERENCES interconnect_partner (id)
);
CREATE INDEX ix_interconnect_token_expiry ON interconnect_token (expires_at);
CREATE SEQUENCE seq_interconnect_token START WITH 1000 INCREMENT BY 50;

-- Replay guard: one row per (OperatorID, TimeStamp, Seq) accepted within the window; the unique key refuses a copy.
CREATE TABLE interconnect_request_seen (
    id           BIGINT       NOT NULL,
    operator_id  VARCHAR(32)  NOT NULL,
    time_stamp   VARCHAR(17)  NOT NULL,
    seq          VARCHAR(32)  NOT NULL,
    received_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_interconnect_request_seen PRIMARY KEY (id),
    CONSTRAINT uk_interconnect_request_seen UNIQUE (operator_id, time_stamp, seq)
);
CREATE INDEX ix_interconnect_request_seen_at ON interconnect_request_seen (received_at);
CREATE SEQUENCE seq_interconnect_request_seen START WITH 1000 INCREMENT BY 50;

-- A charge a partner started (query_start_charge): its StartChargeSeq, our order, and what has been pushed so far.
CREATE TABLE interconnect_charge (
    id                BIGINT       NOT NULL,
    partner_id        BIGINT       NOT NULL,
    start_charge_seq  VARCHAR(64)  NOT NULL,
    order_no          CHAR(32)     NOT NULL,
    connector_id      VARCHAR(32)  NOT NULL,
    -- NEW, STARTED (start result pushed), STOPPED (stop result pushed), DONE (order info queued)
    stage             VARCHAR(16)  NOT NULL,
    stop_requested    INT          DEFAULT 0 NOT NULL,
    next_status_at    TIMESTAMP,
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    row_version       BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_interconnect_charge PRIMARY KEY (id),
    CONSTRAINT uk_interconnect_charge_seq UNIQUE (partner_id, start_charge_seq),
    CONSTRAINT uk_interconnect_charge_order UNIQUE (order_no),
    CONSTRAINT fk_interconnect_charge_partner FOREIGN KEY (partner_id) REFERENCES interconnect_partner (id),
    CONSTRAINT ck_interconnect_charge_stage CHECK (stage IN ('NEW', 'STARTED', 'STOPPED', 'DONE'))
);
CREATE INDEX ix_interconnect_charge_stage ON interconnect_charge (stage);
CREATE SEQUENCE seq_interconnect_charge START WITH 1000 INCREMENT BY 50;

-- The push outbox: every notification_* to a partner, kept until the partner answers Ret 0 (retried with backoff).
-- The unique business key makes a push exist once however often its cause is seen (JMS redelivery, two nodes).
CREATE TABLE interconnect_push (
    id               BIGINT        NOT NULL,
    partner_id       BIGINT        NOT NULL,
    interface_name   VARCHAR(64)   NOT NULL,
    business_key     VARCHAR(96)   NOT NULL,
    payload          CLOB          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           DEFAULT 0 NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    last_error       VARCHAR(500),
    created_at       TIMESTAMP     NOT NULL,
    delivered_at     TIMESTAMP,
    row_version      BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_interconnect_push PRIMARY KEY (id),
    CONSTRAINT uk_interconnect_push UNIQUE (partner_id, interface_name, business_key),
    CONSTRAINT fk_interconnect_push_partner FOREIGN KEY (partner_id) REFERENCES interconnect_partner (id),
    CONSTRAINT ck_interconnect_push_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
);
CREATE INDEX ix_interconnect_push_due ON interconnect_push (status, next_attempt_at);
CREATE SEQUENCE seq_interconnect_push START WITH 1000 INCREMENT BY 50;

-- Charging orders started by a partner: channel PARTNER, and the partner's own number of the charge.
ALTER TABLE charging_order ADD COLUMN partner_start_seq VARCHAR(64);
ALTER TABLE charging_order DROP CONSTRAINT ck_charging_order_channel;
ALTER TABLE charging_order ADD CONSTRAINT ck_charging_order_channel CHECK (start_channel IN ('APP', 'CONSOLE', 'CARD', 'VIN', 'PILE', 'PARTNER'));
