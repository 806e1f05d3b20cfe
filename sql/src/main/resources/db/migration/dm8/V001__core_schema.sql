-- ChargeOps core schema, Dameng DM8 dialect. Keep in step with db/migration/h2/V001__core_schema.sql:
-- same tables, columns, constraints and sequences; only types differ (a test compares both sets).
--
-- DM8 type choices: BIGINT/INT for ids and counters, NUMBER(p,s) for money and coordinates,
-- VARCHAR2 for text, TIMESTAMP for instants, BIT for booleans (what DM's JDBC driver maps to
-- java.lang.Boolean and what io.chargeops.core.persistence.DamengPlatform declares).
-- VARCHAR2 lengths of free-text columns are 4x the H2 character length because DM counts bytes
-- unless the database was created with LENGTH_IN_CHAR=1, and UTF-8 needs up to 4 bytes a character;
-- the application validates character lengths against the H2 figures.
--
-- Conventions shared by every table:
--   * ids come from one sequence per table, START WITH 1000 INCREMENT BY 50; the JPA entities use
--     allocationSize = 50, so EclipseLink takes a block of 50 ids per NEXTVAL and ids < 1000 stay
--     free for seed data.
--   * timestamps are UTC wall-clock values in plain TIMESTAMP columns (no zone); the
--     application converts to the operator's zone (Asia/Shanghai by default) only for display,
--     TOU periods and reports.
--   * money: prices NUMBER(12,5) (YKC carries 0.00001 yuan), amounts/balances NUMBER(14,4).
--   * every tenant-owned row carries merchant_id so one persistence-level filter can scope it.
--   * row_version is the JPA optimistic-lock column (named so because VERSION is a DM keyword risk).
--   * CHECK constraints only for closed value sets (protocol or physics); statuses that will
--     grow are left to the application so later issues do not need constraint surgery.

-- ---------------------------------------------------------------- merchant (operators, franchisees)
CREATE TABLE merchant (
    id              BIGINT        NOT NULL,
    merchant_code   VARCHAR2(32)   NOT NULL,
    name            VARCHAR2(400)  NOT NULL,
    short_name      VARCHAR2(200),
    merchant_type   VARCHAR2(16)   NOT NULL,
    parent_id       BIGINT,
    status          VARCHAR2(16)   NOT NULL,
    contact_name    VARCHAR2(200),
    contact_phone   VARCHAR2(20),
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    row_version     BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_merchant PRIMARY KEY (id),
    CONSTRAINT uk_merchant_code UNIQUE (merchant_code),
    CONSTRAINT fk_merchant_parent FOREIGN KEY (parent_id) REFERENCES merchant (id),
    CONSTRAINT ck_merchant_type CHECK (merchant_type IN ('OPERATOR', 'FRANCHISEE'))
);
CREATE INDEX ix_merchant_parent ON merchant (parent_id);

-- ---------------------------------------------------------------- station
CREATE TABLE station (
    id                 BIGINT         NOT NULL,
    merchant_id        BIGINT         NOT NULL,
    station_code       VARCHAR2(32)    NOT NULL,
    name               VARCHAR2(400)   NOT NULL,
    address            VARCHAR2(1020)   NOT NULL,
    province_code      VARCHAR2(12)    NOT NULL,
    city_code          VARCHAR2(12)    NOT NULL,
    district_code      VARCHAR2(12)    NOT NULL,
    longitude          NUMBER(10,7)  NOT NULL,
    latitude           NUMBER(10,7)  NOT NULL,
    coordinate_system  VARCHAR2(8)     NOT NULL,
    opening_hours      VARCHAR2(400),
    station_type       VARCHAR2(16)    NOT NULL,
    status             VARCHAR2(16)    NOT NULL,
    service_phone      VARCHAR2(32),
    parking_fee_note   VARCHAR2(2000),
    created_at         TIMESTAMP      NOT NULL,
    updated_at         TIMESTAMP      NOT NULL,
    row_version        BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_station PRIMARY KEY (id),
    CONSTRAINT uk_station_code UNIQUE (merchant_id, station_code),
    CONSTRAINT fk_station_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    -- Chinese map APIs (AMap, Tencent) use GCJ-02, GPS and T/CEC partners may send WGS-84:
    -- the system must be explicit, never guessed.
    CONSTRAINT ck_station_coord_sys CHECK (coordinate_system IN ('WGS84', 'GCJ02')),
    CONSTRAINT ck_station_longitude CHECK (longitude BETWEEN -180 AND 180),
    CONSTRAINT ck_station_latitude CHECK (latitude BETWEEN -90 AND 90)
);
CREATE INDEX ix_station_merchant ON station (merchant_id);

-- ---------------------------------------------------------------- tariff (TOU templates and versions)
CREATE TABLE tariff_template (
    id            BIGINT        NOT NULL,
    merchant_id   BIGINT        NOT NULL,
    name          VARCHAR2(400)  NOT NULL,
    -- YKC billing model number (2-byte BCD, 4 digits). Piles compare it in 0x05, so it must
    -- change whenever the version in force changes.
    model_no      VARCHAR2(4)    NOT NULL,
    status        VARCHAR2(16)   NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    row_version   BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_tariff_template PRIMARY KEY (id),
    CONSTRAINT uk_tariff_template_model UNIQUE (merchant_id, model_no),
    CONSTRAINT fk_tariff_template_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);
CREATE INDEX ix_tariff_template_merchant ON tariff_template (merchant_id);

CREATE TABLE tariff_template_version (
    id              BIGINT     NOT NULL,
    template_id     BIGINT     NOT NULL,
    merchant_id     BIGINT     NOT NULL,
    version_no      INT        NOT NULL,
    effective_from  TIMESTAMP  NOT NULL,
    created_at      TIMESTAMP  NOT NULL,
    CONSTRAINT pk_tariff_template_version PRIMARY KEY (id),
    CONSTRAINT uk_tariff_version_no UNIQUE (template_id, version_no),
    CONSTRAINT fk_tariff_version_template FOREIGN KEY (template_id) REFERENCES tariff_template (id),
    CONSTRAINT fk_tariff_version_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);
CREATE INDEX ix_tariff_version_merchant ON tariff_template_version (merchant_id);

CREATE TABLE tariff_rate (
    id               BIGINT         NOT NULL,
    version_id       BIGINT         NOT NULL,
    merchant_id      BIGINT         NOT NULL,
    rate_type        VARCHAR2(8)     NOT NULL,
    electricity_fee  NUMBER(12,5)  NOT NULL,
    service_fee      NUMBER(12,5)  NOT NULL,
    CONSTRAINT pk_tariff_rate PRIMARY KEY (id),
    CONSTRAINT uk_tariff_rate_type UNIQUE (version_id, rate_type),
    CONSTRAINT fk_tariff_rate_version FOREIGN KEY (version_id) REFERENCES tariff_template_version (id),
    CONSTRAINT fk_tariff_rate_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    -- 尖 SHARP, 峰 PEAK, 平 FLAT, 谷 VALLEY: the four YKC rate numbers 00..03
    CONSTRAINT ck_tariff_rate_type CHECK (rate_type IN ('SHARP', 'PEAK', 'FLAT', 'VALLEY')),
    CONSTRAINT ck_tariff_rate_fees CHECK (electricity_fee >= 0 AND service_fee >= 0)
);
CREATE INDEX ix_tariff_rate_merchant ON tariff_rate (merchant_id);

CREATE TABLE tariff_slot (
    id           BIGINT      NOT NULL,
    version_id   BIGINT      NOT NULL,
    merchant_id  BIGINT      NOT NULL,
    slot_index   INT         NOT NULL,
    rate_type    VARCHAR2(8)  NOT NULL,
    CONSTRAINT pk_tariff_slot PRIMARY KEY (id),
    CONSTRAINT uk_tariff_slot_index UNIQUE (version_id, slot_index),
    CONSTRAINT fk_tariff_slot_version FOREIGN KEY (version_id) REFERENCES tariff_template_version (id),
    CONSTRAINT fk_tariff_slot_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    -- 48 half-hour slots from 00:00 local time, as the YKC billing model carries them
    CONSTRAINT ck_tariff_slot_index CHECK (slot_index BETWEEN 0 AND 47),
    CONSTRAINT ck_tariff_slot_rate CHECK (rate_type IN ('SHARP', 'PEAK', 'FLAT', 'VALLEY'))
);
CREATE INDEX ix_tariff_slot_merchant ON tariff_slot (merchant_id);

-- ---------------------------------------------------------------- pile and gun
CREATE TABLE pile (
    id                  BIGINT        NOT NULL,
    -- NULL only while FREE: an unknown pile that logged in belongs to nobody until onboarded
    merchant_id         BIGINT,
    station_id          BIGINT,
    pile_code           CHAR(14)      NOT NULL,
    pile_type           VARCHAR2(2)    NOT NULL,
    rated_power_kw      NUMBER(8,2),
    gun_count           INT           NOT NULL,
    manufacturer        VARCHAR2(400),
    pile_model          VARCHAR2(256),
    protocol_version    VARCHAR2(16),
    firmware_version    VARCHAR2(64),
    sim_no              VARCHAR2(32),
    network_type        VARCHAR2(16),
    online_flag         BIT           DEFAULT 0 NOT NULL,
    status              VARCHAR2(16)   NOT NULL,
    tariff_template_id  BIGINT,
    last_login_at       TIMESTAMP,
    created_at          TIMESTAMP     NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    row_version         BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_pile PRIMARY KEY (id),
    CONSTRAINT uk_pile_code UNIQUE (pile_code),
    CONSTRAINT fk_pile_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_pile_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT fk_pile_tariff FOREIGN KEY (tariff_template_id) REFERENCES tariff_template (id),
    CONSTRAINT ck_pile_type CHECK (pile_type IN ('DC', 'AC')),
    CONSTRAINT ck_pile_gun_count CHECK (gun_count BETWEEN 1 AND 99),
    -- 游离电桩: only a FREE pile may lack its merchant and station
    CONSTRAINT ck_pile_bound CHECK (status = 'FREE' OR (merchant_id IS NOT NULL AND station_id IS NOT NULL))
);
CREATE INDEX ix_pile_merchant ON pile (merchant_id);
CREATE INDEX ix_pile_station ON pile (station_id);

CREATE TABLE gun (
    id                BIGINT       NOT NULL,
    pile_id           BIGINT       NOT NULL,
    merchant_id       BIGINT       NOT NULL,
    gun_no            INT          NOT NULL,
    -- pile code + 2-digit gun number: what the QR code on the gun encodes
    gun_code          CHAR(16)     NOT NULL,
    connector_type    VARCHAR2(16)  NOT NULL,
    gun_state         VARCHAR2(16)  NOT NULL,
    state_changed_at  TIMESTAMP,
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    row_version       BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_gun PRIMARY KEY (id),
    CONSTRAINT uk_gun_code UNIQUE (gun_code),
    CONSTRAINT uk_gun_pile_no UNIQUE (pile_id, gun_no),
    CONSTRAINT fk_gun_pile FOREIGN KEY (pile_id) REFERENCES pile (id),
    CONSTRAINT fk_gun_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT ck_gun_no CHECK (gun_no BETWEEN 1 AND 99)
);
CREATE INDEX ix_gun_merchant ON gun (merchant_id);

-- ---------------------------------------------------------------- app users and wallets
CREATE TABLE app_user (
    id           BIGINT       NOT NULL,
    phone        VARCHAR2(20)  NOT NULL,
    nickname     VARCHAR2(200),
    status       VARCHAR2(16)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    row_version  BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uk_app_user_phone UNIQUE (phone)
);

CREATE TABLE wallet (
    id           BIGINT         NOT NULL,
    user_id      BIGINT         NOT NULL,
    -- NULL = platform-wide wallet; set when a merchant runs its own stored-value scheme
    merchant_id  BIGINT,
    balance      NUMBER(14,4)  DEFAULT 0 NOT NULL,
    frozen       NUMBER(14,4)  DEFAULT 0 NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    updated_at   TIMESTAMP      NOT NULL,
    row_version  BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_wallet PRIMARY KEY (id),
    CONSTRAINT fk_wallet_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_wallet_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT ck_wallet_frozen CHECK (frozen >= 0)
);
CREATE INDEX ix_wallet_user ON wallet (user_id);
CREATE INDEX ix_wallet_merchant ON wallet (merchant_id);

-- Append-only: the balance is derived data, the ledger is the evidence (sum of amount = balance).
CREATE TABLE wallet_ledger_entry (
    id             BIGINT         NOT NULL,
    wallet_id      BIGINT         NOT NULL,
    merchant_id    BIGINT,
    entry_type     VARCHAR2(16)    NOT NULL,
    amount         NUMBER(14,4)  NOT NULL,
    balance_after  NUMBER(14,4)  NOT NULL,
    ref_type       VARCHAR2(32),
    ref_id         VARCHAR2(64),
    remark         VARCHAR2(800),
    created_at     TIMESTAMP      NOT NULL,
    CONSTRAINT pk_wallet_ledger_entry PRIMARY KEY (id),
    CONSTRAINT fk_ledger_wallet FOREIGN KEY (wallet_id) REFERENCES wallet (id),
    CONSTRAINT fk_ledger_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);
CREATE INDEX ix_ledger_wallet ON wallet_ledger_entry (wallet_id, created_at);
CREATE INDEX ix_ledger_ref ON wallet_ledger_entry (ref_type, ref_id);

-- ---------------------------------------------------------------- console identity (Jakarta Security)
CREATE TABLE console_user (
    id                    BIGINT        NOT NULL,
    login_phone           VARCHAR2(20)   NOT NULL,
    display_name          VARCHAR2(200)   NOT NULL,
    -- Pbkdf2PasswordHash format: PBKDF2WithHmacSHA256:<iterations>:<b64 salt>:<b64 hash>
    password_hash         VARCHAR2(255)  NOT NULL,
    -- NULL = platform user (sees every merchant)
    merchant_id           BIGINT,
    enabled               BIT           DEFAULT 1 NOT NULL,
    failed_logins         INT           DEFAULT 0 NOT NULL,
    locked_until          TIMESTAMP,
    must_change_password  BIT           DEFAULT 0 NOT NULL,
    last_login_at         TIMESTAMP,
    created_at            TIMESTAMP     NOT NULL,
    updated_at            TIMESTAMP     NOT NULL,
    row_version           BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_console_user PRIMARY KEY (id),
    CONSTRAINT uk_console_user_phone UNIQUE (login_phone),
    CONSTRAINT fk_console_user_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);
CREATE INDEX ix_console_user_merchant ON console_user (merchant_id);

CREATE TABLE console_role (
    id           BIGINT       NOT NULL,
    role_code    VARCHAR2(64)  NOT NULL,
    role_name    VARCHAR2(200)  NOT NULL,
    -- NULL = platform-defined role
    merchant_id  BIGINT,
    created_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_console_role PRIMARY KEY (id),
    CONSTRAINT uk_console_role_code UNIQUE (role_code),
    CONSTRAINT fk_console_role_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);

CREATE TABLE console_user_role (
    user_id  BIGINT  NOT NULL,
    role_id  BIGINT  NOT NULL,
    CONSTRAINT pk_console_user_role PRIMARY KEY (user_id, role_id),
    CONSTRAINT fk_console_user_role_user FOREIGN KEY (user_id) REFERENCES console_user (id),
    CONSTRAINT fk_console_user_role_role FOREIGN KEY (role_id) REFERENCES console_role (id)
);
CREATE INDEX ix_console_user_role_role ON console_user_role (role_id);

-- Views for Jakarta Security's DatabaseIdentityStore, so its callerQuery/groupsQuery are the same
-- SQL on H2 and DM8 (boolean literals differ: 1 here, TRUE on H2):
--   callerQuery = SELECT password_hash FROM v_console_credential WHERE login_phone = ?
--   groupsQuery = SELECT role_code FROM v_console_user_group WHERE login_phone = ?
-- Lock-out (locked_until) is time-dependent and checked by the application, not here.
CREATE VIEW v_console_credential AS
    SELECT u.login_phone, u.password_hash
    FROM console_user u
    WHERE u.enabled = 1;

CREATE VIEW v_console_user_group AS
    SELECT u.login_phone, r.role_code
    FROM console_user u
    JOIN console_user_role ur ON ur.user_id = u.id
    JOIN console_role r ON r.id = ur.role_id;

-- ---------------------------------------------------------------- sequences (one per entity table)
CREATE SEQUENCE seq_merchant START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_station START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_tariff_template START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_tariff_template_version START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_tariff_rate START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_tariff_slot START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_pile START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_gun START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_app_user START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_wallet START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_wallet_ledger_entry START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_console_user START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_console_role START WITH 1000 INCREMENT BY 50;
