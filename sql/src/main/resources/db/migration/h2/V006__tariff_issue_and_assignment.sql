-- Tariff operations (issue 5): versions with their own YKC model number and activation, a station's default
-- tariff, and the result of every billing-model push (0x58) to a pile.

-- A station's tariff: what piles registered or onboarded there get unless given their own. pile.tariff_template_id
-- stays the one the pile is billed by (0x05/0x09/0x58 read it); assigning a station sets it on its piles too.
ALTER TABLE station ADD COLUMN tariff_template_id BIGINT;
ALTER TABLE station ADD CONSTRAINT fk_station_tariff FOREIGN KEY (tariff_template_id) REFERENCES tariff_template (id);

-- Each version carries the YKC billing model number piles echo in 0x05, so a pile still holding an older version
-- is told "inconsistent" and asks again (0x09). NULL = the template's model_no (version 1 of existing templates).
ALTER TABLE tariff_template_version ADD COLUMN model_no VARCHAR(4);
-- When the version's change was pushed to the piles (0x58): at once for "now", at effective_from for scheduled
-- versions (a timer, and a sweep after restarts). NULL = not yet activated.
ALTER TABLE tariff_template_version ADD COLUMN activated_at TIMESTAMP;
ALTER TABLE tariff_template_version ADD COLUMN created_by VARCHAR(64);
UPDATE tariff_template_version SET activated_at = effective_from WHERE activated_at IS NULL;
CREATE INDEX ix_tariff_version_pending ON tariff_template_version (activated_at, effective_from);

-- One row per pile per billing-model push (计费模型下发记录): which version went to which pile, why, and what the
-- pile answered. OFFLINE piles get the model at their next login (0x05 inconsistent -> 0x09 -> 0x0A).
CREATE TABLE tariff_issue (
    id                 BIGINT        NOT NULL,
    merchant_id        BIGINT        NOT NULL,
    template_id        BIGINT        NOT NULL,
    version_id         BIGINT        NOT NULL,
    pile_code          CHAR(14)      NOT NULL,
    model_no           VARCHAR(4)    NOT NULL,
    -- VERSION (a version took effect), ASSIGNMENT (station/pile assigned), MANUAL (ops command)
    issue_trigger      VARCHAR(16)   NOT NULL,
    result             VARCHAR(16)   NOT NULL,
    detail             VARCHAR(255),
    actor              VARCHAR(64)   NOT NULL,
    issued_at          TIMESTAMP     NOT NULL,
    answered_at        TIMESTAMP,
    CONSTRAINT pk_tariff_issue PRIMARY KEY (id),
    CONSTRAINT fk_tariff_issue_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_tariff_issue_template FOREIGN KEY (template_id) REFERENCES tariff_template (id),
    CONSTRAINT fk_tariff_issue_version FOREIGN KEY (version_id) REFERENCES tariff_template_version (id),
    CONSTRAINT ck_tariff_issue_result CHECK (result IN ('PENDING', 'ACCEPTED', 'REJECTED', 'OFFLINE', 'TIMEOUT', 'FAILED'))
);
CREATE INDEX ix_tariff_issue_template ON tariff_issue (template_id, issued_at);
CREATE INDEX ix_tariff_issue_pile ON tariff_issue (pile_code, issued_at);
CREATE INDEX ix_tariff_issue_merchant ON tariff_issue (merchant_id);
CREATE SEQUENCE seq_tariff_issue START WITH 1000 INCREMENT BY 50;
