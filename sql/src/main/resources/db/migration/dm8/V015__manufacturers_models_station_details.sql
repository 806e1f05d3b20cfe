-- Network management (issue 7): the pile hardware catalogue (厂商/型号) and the details operators edit on stations and
-- piles. The catalogue is the platform's, shared by every merchant (one maker builds for many operators), so it
-- carries no merchant and is written by platform accounts only. Keep in step with the DM8 script.
-- DM8 sizes are in bytes: free text is 4x the H2 character length.
CREATE TABLE manufacturer (
    id             BIGINT        NOT NULL,
    name           VARCHAR2(400) NOT NULL,
    contact_name   VARCHAR2(200),
    contact_phone  VARCHAR2(32),
    remark         VARCHAR2(800),
    created_at     TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    row_version    BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_manufacturer PRIMARY KEY (id),
    CONSTRAINT uk_manufacturer_name UNIQUE (name)
);
CREATE SEQUENCE seq_manufacturer START WITH 1000 INCREMENT BY 50;

CREATE TABLE pile_model (
    id               BIGINT        NOT NULL,
    manufacturer_id  BIGINT        NOT NULL,
    model_code       VARCHAR2(64)   NOT NULL,
    pile_type        VARCHAR2(2)   NOT NULL,
    rated_power_kw   NUMBER(8,2)   NOT NULL,
    gun_count        INT           NOT NULL,
    protocol         VARCHAR2(16)   NOT NULL,
    remark           VARCHAR2(800),
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    row_version      BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_pile_model PRIMARY KEY (id),
    CONSTRAINT uk_pile_model_code UNIQUE (manufacturer_id, model_code),
    CONSTRAINT fk_pile_model_manufacturer FOREIGN KEY (manufacturer_id) REFERENCES manufacturer (id),
    CONSTRAINT ck_pile_model_type CHECK (pile_type IN ('DC', 'AC')),
    CONSTRAINT ck_pile_model_guns CHECK (gun_count BETWEEN 1 AND 99),
    CONSTRAINT ck_pile_model_power CHECK (rated_power_kw > 0)
);
CREATE SEQUENCE seq_pile_model START WITH 1000 INCREMENT BY 50;

-- the pile's catalogue model (manufacturer and pile_model stay as the text shown and pushed) and the operator's name
ALTER TABLE pile ADD pile_model_id BIGINT;
ALTER TABLE pile ADD pile_name VARCHAR2(200);
ALTER TABLE pile ADD CONSTRAINT fk_pile_model FOREIGN KEY (pile_model_id) REFERENCES pile_model (id);
CREATE INDEX ix_pile_model ON pile (pile_model_id);

-- station details drivers and partners ask for: parking spaces (车位数) and directions to find it (站点引导)
ALTER TABLE station ADD parking_spaces INT;
ALTER TABLE station ADD site_guide VARCHAR2(800);
