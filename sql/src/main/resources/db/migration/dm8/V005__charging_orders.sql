-- Charging orders (issue 5): one row per charging session, from the start request to its settlement. The
-- transaction serial (交易流水号) is the business key shared with the pile: it is in 0x34/0x32, in every 0x13
-- of the session and in the 0x3B transaction record, and its UNIQUE constraint is what makes settlement
-- happen exactly once however often a pile resends its record.
CREATE TABLE charging_order (
    id                   BIGINT         NOT NULL,
    merchant_id          BIGINT         NOT NULL,
    station_id           BIGINT,
    transaction_serial   CHAR(32)       NOT NULL,
    pile_code            CHAR(14)       NOT NULL,
    gun_no               INT            NOT NULL,
    gun_code             CHAR(16)       NOT NULL,
    -- set while the order holds its gun (STARTING, CHARGING, STOPPING), NULL afterwards: the unique index makes
    -- two concurrent starts on one gun impossible
    active_gun_code      CHAR(16),
    user_id              BIGINT,
    wallet_id            BIGINT,
    start_channel        VARCHAR2(16)    NOT NULL,
    started_by           VARCHAR2(64),
    card_no              VARCHAR2(16),
    vin                  VARCHAR2(17),
    state                VARCHAR2(16)    NOT NULL,
    -- when the current state times out (start answer, transaction record); NULL when nothing is awaited
    deadline_at          TIMESTAMP,
    prepay_amount        NUMBER(14,4),
    tariff_version_id    BIGINT,
    created_at           TIMESTAMP      NOT NULL,
    started_at           TIMESTAMP,
    stop_requested_at    TIMESTAMP,
    stop_requested_by    VARCHAR2(64),
    stopped_at           TIMESTAMP,
    settled_at           TIMESTAMP,
    stop_reason_code     INT,
    stop_reason          VARCHAR2(512),
    failure_reason       VARCHAR2(1020),
    abnormal_reason      VARCHAR2(1020),
    -- latest real-time data (0x13)
    energy_kwh           NUMBER(12,4),
    live_amount          NUMBER(14,4),
    soc                  INT,
    voltage              NUMBER(8,1),
    current_a            NUMBER(8,1),
    power_kw             NUMBER(10,3),
    charging_minutes     INT,
    remaining_minutes    INT,
    live_at              TIMESTAMP,
    idle_reports         INT            DEFAULT 0 NOT NULL,
    -- settlement (0x3B): the pile's own figures and the platform's price
    pile_start_time      TIMESTAMP,
    pile_end_time        TIMESTAMP,
    meter_start          NUMBER(14,4),
    meter_stop           NUMBER(14,4),
    pile_total_amount    NUMBER(14,4),
    electricity_amount   NUMBER(14,4),
    service_amount       NUMBER(14,4),
    discount_amount      NUMBER(14,4),
    total_amount         NUMBER(14,4),
    payable_amount       NUMBER(14,2),
    paid_amount          NUMBER(14,2),
    arrears_amount       NUMBER(14,2),
    pile_check           VARCHAR2(16),
    pile_check_detail    VARCHAR2(2048),
    settled_by           VARCHAR2(64),
    settlement_note      VARCHAR2(1020),
    confirmations        INT            DEFAULT 0 NOT NULL,
    updated_at           TIMESTAMP      NOT NULL,
    row_version          BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_charging_order PRIMARY KEY (id),
    CONSTRAINT uk_charging_order_serial UNIQUE (transaction_serial),
    CONSTRAINT fk_charging_order_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT ck_charging_order_state CHECK (state IN ('STARTING', 'CHARGING', 'STOPPING', 'SETTLED', 'FAILED', 'ABNORMAL')),
    CONSTRAINT ck_charging_order_channel CHECK (start_channel IN ('APP', 'CONSOLE', 'CARD', 'VIN', 'PILE'))
);
CREATE UNIQUE INDEX ux_charging_order_active_gun ON charging_order (active_gun_code);
CREATE INDEX ix_charging_order_merchant ON charging_order (merchant_id, created_at);
CREATE INDEX ix_charging_order_user ON charging_order (user_id, created_at);
CREATE INDEX ix_charging_order_state ON charging_order (state, deadline_at);
CREATE SEQUENCE seq_charging_order START WITH 1000 INCREMENT BY 50;

-- The settled fee per TOU rate type: the pile's energy, the platform's prices, and what the pile computed itself.
CREATE TABLE charging_order_line (
    id                  BIGINT         NOT NULL,
    order_id            BIGINT         NOT NULL,
    merchant_id         BIGINT         NOT NULL,
    rate_type           VARCHAR2(8)     NOT NULL,
    energy_kwh          NUMBER(12,4)  NOT NULL,
    electricity_price   NUMBER(10,5)  NOT NULL,
    service_price       NUMBER(10,5)  NOT NULL,
    electricity_amount  NUMBER(14,4)  NOT NULL,
    service_amount      NUMBER(14,4)  NOT NULL,
    pile_unit_price     NUMBER(10,5),
    pile_amount         NUMBER(14,4),
    CONSTRAINT pk_charging_order_line PRIMARY KEY (id),
    CONSTRAINT fk_charging_order_line_order FOREIGN KEY (order_id) REFERENCES charging_order (id),
    CONSTRAINT uk_charging_order_line UNIQUE (order_id, rate_type),
    CONSTRAINT ck_charging_order_line_type CHECK (rate_type IN ('SHARP', 'PEAK', 'FLAT', 'VALLEY'))
);
CREATE SEQUENCE seq_charging_order_line START WITH 1000 INCREMENT BY 50;

-- Real-time data history for the live chart; bounded per order (chargeops.charging.live-history-size).
CREATE TABLE charging_order_sample (
    id            BIGINT         NOT NULL,
    order_id      BIGINT         NOT NULL,
    merchant_id   BIGINT         NOT NULL,
    sampled_at    TIMESTAMP      NOT NULL,
    energy_kwh    NUMBER(12,4)  NOT NULL,
    amount        NUMBER(14,4)  NOT NULL,
    soc           INT,
    voltage       NUMBER(8,1),
    current_a     NUMBER(8,1),
    power_kw      NUMBER(10,3),
    CONSTRAINT pk_charging_order_sample PRIMARY KEY (id),
    CONSTRAINT fk_charging_order_sample_order FOREIGN KEY (order_id) REFERENCES charging_order (id)
);
CREATE INDEX ix_charging_order_sample ON charging_order_sample (order_id, sampled_at);
CREATE SEQUENCE seq_charging_order_sample START WITH 1000 INCREMENT BY 50;

-- What happened to an order besides its state: pile frames (charge end, BMS/charger abort), commands, timeouts,
-- manual settlement (who and why). The audit trail operators read when a user disputes a bill.
CREATE TABLE charging_order_event (
    id           BIGINT         NOT NULL,
    order_id     BIGINT         NOT NULL,
    merchant_id  BIGINT         NOT NULL,
    occurred_at  TIMESTAMP      NOT NULL,
    kind         VARCHAR2(32)    NOT NULL,
    detail       VARCHAR2(4000),
    actor        VARCHAR2(64)    NOT NULL,
    CONSTRAINT pk_charging_order_event PRIMARY KEY (id),
    CONSTRAINT fk_charging_order_event_order FOREIGN KEY (order_id) REFERENCES charging_order (id)
);
CREATE INDEX ix_charging_order_event ON charging_order_event (order_id, occurred_at);
CREATE SEQUENCE seq_charging_order_event START WITH 1000 INCREMENT BY 50;

-- Cards and vehicles (VIN) that may start a charge at the pile (0x31): each bound to the account that pays.
CREATE TABLE charging_credential (
    id            BIGINT         NOT NULL,
    merchant_id   BIGINT,
    kind          VARCHAR2(8)     NOT NULL,
    credential    VARCHAR2(17)    NOT NULL,
    user_id       BIGINT         NOT NULL,
    wallet_id     BIGINT         NOT NULL,
    status        VARCHAR2(16)    NOT NULL,
    created_at    TIMESTAMP      NOT NULL,
    updated_at    TIMESTAMP      NOT NULL,
    row_version   BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_charging_credential PRIMARY KEY (id),
    CONSTRAINT uk_charging_credential UNIQUE (kind, credential),
    CONSTRAINT ck_charging_credential_kind CHECK (kind IN ('CARD', 'VIN')),
    CONSTRAINT ck_charging_credential_status CHECK (status IN ('ACTIVE', 'BLOCKED'))
);
CREATE SEQUENCE seq_charging_credential START WITH 1000 INCREMENT BY 50;
