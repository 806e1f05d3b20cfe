-- Interconnect pull side (issue 8): stations, equipment (piles), connectors (guns) and prices read from a third-party
-- operator's T/CEC interfaces (query_stations_info, query_station_status, query_equip_business_policy). They are the
-- partner's, kept apart from our own station/pile/gun tables and never charged at through the pile path. Keep in
-- step with the DM8 script.

-- When and how a partner is pulled: pull_interval_minutes NULL = only on demand (ops API / console).
ALTER TABLE interconnect_partner ADD pull_interval_minutes INT;
ALTER TABLE interconnect_partner ADD last_pulled_at TIMESTAMP;
ALTER TABLE interconnect_partner ADD last_pull_result VARCHAR(500);

CREATE TABLE interconnect_pulled_station (
    id                  BIGINT          NOT NULL,
    partner_id          BIGINT          NOT NULL,
    station_id          VARCHAR(20)     NOT NULL,
    operator_id         VARCHAR(32),
    equipment_owner_id  VARCHAR(32),
    station_name        VARCHAR(100),
    area_code           VARCHAR(20),
    address             VARCHAR(255),
    station_type        INT,
    station_status      INT,
    station_lng         NUMERIC(12,6),
    station_lat         NUMERIC(12,6),
    busine_hours        VARCHAR(255),
    -- the StationInfo as received, without EquipmentInfos (for fields not in columns)
    raw_info            CLOB,
    pulled_at           TIMESTAMP       NOT NULL,
    CONSTRAINT pk_interconnect_pulled_station PRIMARY KEY (id),
    CONSTRAINT uk_interconnect_pulled_station UNIQUE (partner_id, station_id),
    CONSTRAINT fk_ic_pulled_station_partner FOREIGN KEY (partner_id) REFERENCES interconnect_partner (id)
);
CREATE SEQUENCE seq_interconnect_pulled_station START WITH 1000 INCREMENT BY 50;

CREATE TABLE interconnect_pulled_equipment (
    id              BIGINT         NOT NULL,
    partner_id      BIGINT         NOT NULL,
    station_id      VARCHAR(20)    NOT NULL,
    equipment_id    VARCHAR(32)    NOT NULL,
    equipment_type  INT,
    equipment_model VARCHAR(100),
    power_kw        NUMERIC(10,1),
    pulled_at       TIMESTAMP      NOT NULL,
    CONSTRAINT pk_interconnect_pulled_equipment PRIMARY KEY (id),
    CONSTRAINT uk_interconnect_pulled_equipment UNIQUE (partner_id, equipment_id),
    CONSTRAINT fk_ic_pulled_equipment_partner FOREIGN KEY (partner_id) REFERENCES interconnect_partner (id)
);
CREATE SEQUENCE seq_interconnect_pulled_equipment START WITH 1000 INCREMENT BY 50;

CREATE TABLE interconnect_pulled_connector (
    id               BIGINT         NOT NULL,
    partner_id       BIGINT         NOT NULL,
    station_id       VARCHAR(20)    NOT NULL,
    equipment_id     VARCHAR(32)    NOT NULL,
    connector_id     VARCHAR(32)    NOT NULL,
    connector_type   INT,
    power_kw         NUMERIC(10,1),
    -- ConnectorStatusInfo.Status (0 离网, 1 空闲, 2 占用未充电, 3 充电中, 4 预约锁定, 255 故障); NULL = not reported
    status           INT,
    status_at        TIMESTAMP,
    pulled_at        TIMESTAMP      NOT NULL,
    CONSTRAINT pk_interconnect_pulled_connector PRIMARY KEY (id),
    CONSTRAINT uk_interconnect_pulled_connector UNIQUE (partner_id, connector_id),
    CONSTRAINT fk_ic_pulled_connector_partner FOREIGN KEY (partner_id) REFERENCES interconnect_partner (id)
);
CREATE SEQUENCE seq_interconnect_pulled_connector START WITH 1000 INCREMENT BY 50;

-- The connector's business policy (query_equip_business_policy): one row per period, from StartTime (HHmmss).
CREATE TABLE interconnect_pulled_price (
    id             BIGINT          NOT NULL,
    partner_id     BIGINT          NOT NULL,
    connector_id   VARCHAR(32)     NOT NULL,
    start_time     CHAR(6)         NOT NULL,
    elec_price     NUMERIC(10,4)   NOT NULL,
    service_price  NUMERIC(10,4)   NOT NULL,
    pulled_at      TIMESTAMP       NOT NULL,
    CONSTRAINT pk_interconnect_pulled_price PRIMARY KEY (id),
    CONSTRAINT uk_interconnect_pulled_price UNIQUE (partner_id, connector_id, start_time),
    CONSTRAINT fk_ic_pulled_price_partner FOREIGN KEY (partner_id) REFERENCES interconnect_partner (id)
);
CREATE SEQUENCE seq_interconnect_pulled_price START WITH 1000 INCREMENT BY 50;
