-- App API (issue 6): SMS sign-in codes, refresh tokens, recharge orders through payment providers, refund requests
-- and account deletion. Keep in step with the DM8 script.

-- An app user deleted at their request (PIPL): phone and nickname are replaced, orders and ledger stay.
ALTER TABLE app_user ADD COLUMN deleted_at TIMESTAMP;

-- One SMS verification code (短信验证码). The code itself is never stored: code_hash = SHA-256(phone:code).
-- Rate limits count these rows (per phone, per requesting address), so they hold across nodes.
CREATE TABLE app_sms_code (
    id             BIGINT        NOT NULL,
    phone          VARCHAR(20)   NOT NULL,
    code_hash      VARCHAR(64)   NOT NULL,
    purpose        VARCHAR(16)   NOT NULL,
    requester_ip   VARCHAR(64),
    created_at     TIMESTAMP     NOT NULL,
    expires_at     TIMESTAMP     NOT NULL,
    attempts       INT           DEFAULT 0 NOT NULL,
    consumed_at    TIMESTAMP,
    row_version    BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_sms_code PRIMARY KEY (id)
);
CREATE INDEX ix_app_sms_code_phone ON app_sms_code (phone, created_at);
CREATE INDEX ix_app_sms_code_ip ON app_sms_code (requester_ip, created_at);
CREATE SEQUENCE seq_app_sms_code START WITH 1000 INCREMENT BY 50;

-- A refresh token (opaque, stored as SHA-256). Rotated on every use; a revoked token used again revokes the
-- user's other tokens too (stolen-token detection).
CREATE TABLE app_refresh_token (
    id             BIGINT        NOT NULL,
    user_id        BIGINT        NOT NULL,
    token_hash     VARCHAR(64)   NOT NULL,
    device         VARCHAR(100),
    issued_at      TIMESTAMP     NOT NULL,
    expires_at     TIMESTAMP     NOT NULL,
    revoked_at     TIMESTAMP,
    revoked_reason VARCHAR(32),
    row_version    BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_refresh_token PRIMARY KEY (id),
    CONSTRAINT uk_app_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_app_refresh_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_app_refresh_token_user ON app_refresh_token (user_id);
CREATE SEQUENCE seq_app_refresh_token START WITH 1000 INCREMENT BY 50;

-- A recharge (充值) through a payment provider: CREATED until the provider's verified callback says paid, then
-- PAID with the wallet credited in the same transaction (ledger key recharge:<order_no>); a replayed callback
-- finds it PAID and changes nothing. Platform wallet top-ups carry no merchant.
CREATE TABLE recharge_order (
    id               BIGINT         NOT NULL,
    order_no         VARCHAR(32)    NOT NULL,
    payer_user_id    BIGINT         NOT NULL,
    user_id          BIGINT         NOT NULL,
    wallet_id        BIGINT         NOT NULL,
    amount           NUMERIC(14,4)  NOT NULL,
    provider         VARCHAR(16)    NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    provider_txn_id  VARCHAR(64),
    created_at       TIMESTAMP      NOT NULL,
    updated_at       TIMESTAMP      NOT NULL,
    paid_at          TIMESTAMP,
    callbacks        INT            DEFAULT 0 NOT NULL,
    row_version      BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_recharge_order PRIMARY KEY (id),
    CONSTRAINT uk_recharge_order_no UNIQUE (order_no),
    CONSTRAINT fk_recharge_order_payer FOREIGN KEY (payer_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_recharge_order_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_recharge_order_wallet FOREIGN KEY (wallet_id) REFERENCES wallet (id),
    CONSTRAINT ck_recharge_order_amount CHECK (amount > 0),
    CONSTRAINT ck_recharge_order_status CHECK (status IN ('CREATED', 'PAID', 'CLOSED'))
);
CREATE INDEX ix_recharge_order_user ON recharge_order (user_id, created_at);
CREATE SEQUENCE seq_recharge_order START WITH 1000 INCREMENT BY 50;

-- A user's request to get online-recharged principal back (退款申请). The amount is frozen in the wallet (hold
-- ref refund:<request_no>) until an operator approves (refund to the channel) or rejects it (released).
CREATE TABLE refund_request (
    id             BIGINT         NOT NULL,
    request_no     VARCHAR(32)    NOT NULL,
    user_id        BIGINT         NOT NULL,
    wallet_id      BIGINT         NOT NULL,
    amount         NUMERIC(14,4)  NOT NULL,
    reason         VARCHAR(200),
    status         VARCHAR(16)    NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMP,
    decision_note  VARCHAR(200),
    created_at     TIMESTAMP      NOT NULL,
    updated_at     TIMESTAMP      NOT NULL,
    row_version    BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_refund_request PRIMARY KEY (id),
    CONSTRAINT uk_refund_request_no UNIQUE (request_no),
    CONSTRAINT fk_refund_request_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_refund_request_wallet FOREIGN KEY (wallet_id) REFERENCES wallet (id),
    CONSTRAINT ck_refund_request_amount CHECK (amount > 0),
    CONSTRAINT ck_refund_request_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'REFUNDED'))
);
CREATE INDEX ix_refund_request_user ON refund_request (user_id, created_at);
CREATE INDEX ix_refund_request_status ON refund_request (status);
CREATE SEQUENCE seq_refund_request START WITH 1000 INCREMENT BY 50;

-- A user's vehicle (车辆): plate, optional VIN and model; one may be the default shown when starting.
CREATE TABLE app_vehicle (
    id           BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    plate_no     VARCHAR(16)   NOT NULL,
    vin          VARCHAR(17),
    model        VARCHAR(64),
    is_default   BOOLEAN       DEFAULT FALSE NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    row_version  BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_vehicle PRIMARY KEY (id),
    CONSTRAINT uk_app_vehicle_plate UNIQUE (user_id, plate_no),
    CONSTRAINT fk_app_vehicle_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE SEQUENCE seq_app_vehicle START WITH 1000 INCREMENT BY 50;

-- Feedback (意见反馈) and appeals against an occupancy fee (占位费申诉) or for a parking reduction (停车减免申诉),
-- answered by operations in the console.
CREATE TABLE app_feedback (
    id           BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    category     VARCHAR(24)   NOT NULL,
    order_no     VARCHAR(32),
    content      VARCHAR(500)  NOT NULL,
    contact      VARCHAR(64),
    status       VARCHAR(16)   NOT NULL,
    reply        VARCHAR(500),
    replied_by   VARCHAR(64),
    replied_at   TIMESTAMP,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    row_version  BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_feedback PRIMARY KEY (id),
    CONSTRAINT fk_app_feedback_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_app_feedback_category CHECK (category IN ('FEEDBACK', 'OCCUPANCY_FEE_APPEAL', 'PARKING_APPEAL')),
    CONSTRAINT ck_app_feedback_status CHECK (status IN ('OPEN', 'REPLIED', 'CLOSED'))
);
CREATE INDEX ix_app_feedback_user ON app_feedback (user_id, created_at);
CREATE SEQUENCE seq_app_feedback START WITH 1000 INCREMENT BY 50;

-- An invoice request (开票申请) over settled orders; an order is invoiced at most once (unique order_no).
CREATE TABLE invoice_request (
    id           BIGINT         NOT NULL,
    request_no   VARCHAR(32)    NOT NULL,
    user_id      BIGINT         NOT NULL,
    title_type   VARCHAR(16)    NOT NULL,
    title        VARCHAR(100)   NOT NULL,
    tax_no       VARCHAR(32),
    email        VARCHAR(100)   NOT NULL,
    amount       NUMERIC(14,4)  NOT NULL,
    status       VARCHAR(16)    NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    updated_at   TIMESTAMP      NOT NULL,
    row_version  BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_invoice_request PRIMARY KEY (id),
    CONSTRAINT uk_invoice_request_no UNIQUE (request_no),
    CONSTRAINT fk_invoice_request_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_invoice_request_title CHECK (title_type IN ('PERSONAL', 'COMPANY')),
    CONSTRAINT ck_invoice_request_status CHECK (status IN ('REQUESTED', 'ISSUED', 'REJECTED'))
);
CREATE INDEX ix_invoice_request_user ON invoice_request (user_id, created_at);
CREATE SEQUENCE seq_invoice_request START WITH 1000 INCREMENT BY 50;

CREATE TABLE invoice_order (
    id           BIGINT         NOT NULL,
    request_id   BIGINT         NOT NULL,
    order_no     VARCHAR(32)    NOT NULL,
    amount       NUMERIC(14,4)  NOT NULL,
    CONSTRAINT pk_invoice_order PRIMARY KEY (id),
    CONSTRAINT uk_invoice_order_no UNIQUE (order_no),
    CONSTRAINT fk_invoice_order_request FOREIGN KEY (request_id) REFERENCES invoice_request (id)
);
CREATE SEQUENCE seq_invoice_order START WITH 1000 INCREMENT BY 50;

-- A user's favourite stations (收藏).
CREATE TABLE app_favourite_station (
    id           BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    station_id   BIGINT        NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_app_favourite_station PRIMARY KEY (id),
    CONSTRAINT uk_app_favourite_station UNIQUE (user_id, station_id),
    CONSTRAINT fk_app_favourite_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_app_favourite_station FOREIGN KEY (station_id) REFERENCES station (id)
);
CREATE SEQUENCE seq_app_favourite_station START WITH 1000 INCREMENT BY 50;
