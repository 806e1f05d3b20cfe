-- Wallet accounts (issue 5): gift balance, credit line, account type, per-order holds and a ledger that
-- records every component of a change, so that for every wallet
--   balance = SUM(amount), gift_balance = SUM(gift_amount), frozen = SUM(frozen_amount)
-- over its ledger entries (checked by the wallet reconciliation).
-- wallet.balance stays the TOTAL stored value (principal + gift); principal = balance - gift_balance and
-- may go below zero only down to -credit_limit (enterprise/fleet credit lines; personal wallets have none).
ALTER TABLE wallet ADD account_type VARCHAR2(16) DEFAULT 'PERSONAL' NOT NULL;
ALTER TABLE wallet ADD gift_balance NUMBER(14,4) DEFAULT 0 NOT NULL;
ALTER TABLE wallet ADD credit_limit NUMBER(14,4) DEFAULT 0 NOT NULL;
ALTER TABLE wallet ADD CONSTRAINT ck_wallet_account_type CHECK (account_type IN ('PERSONAL', 'ENTERPRISE', 'FLEET'));
ALTER TABLE wallet ADD CONSTRAINT ck_wallet_gift CHECK (gift_balance >= 0);
ALTER TABLE wallet ADD CONSTRAINT ck_wallet_credit CHECK (credit_limit >= 0 AND (account_type <> 'PERSONAL' OR credit_limit = 0));
-- backstops for the entity's rules: principal not below the credit line, nothing frozen that is not there
ALTER TABLE wallet ADD CONSTRAINT ck_wallet_principal CHECK (balance - gift_balance + credit_limit >= 0);
ALTER TABLE wallet ADD CONSTRAINT ck_wallet_available CHECK (balance + credit_limit - frozen >= 0);

-- amount (existing) = change of the total balance; gift_amount = the gift part of it; frozen_amount = change of
-- the frozen amount (a FREEZE has amount 0 and frozen_amount > 0). *_after are the values after the change.
ALTER TABLE wallet_ledger_entry ADD gift_amount NUMBER(14,4) DEFAULT 0 NOT NULL;
ALTER TABLE wallet_ledger_entry ADD frozen_amount NUMBER(14,4) DEFAULT 0 NOT NULL;
ALTER TABLE wallet_ledger_entry ADD gift_after NUMBER(14,4) DEFAULT 0 NOT NULL;
ALTER TABLE wallet_ledger_entry ADD frozen_after NUMBER(14,4) DEFAULT 0 NOT NULL;
-- e.g. 'order:123:debit'; a repeat with the same key returns the first entry and changes nothing
ALTER TABLE wallet_ledger_entry ADD idempotency_key VARCHAR2(96);
-- who made a manual adjustment (console user), NULL for system entries
ALTER TABLE wallet_ledger_entry ADD adjusted_by VARCHAR2(64);
CREATE UNIQUE INDEX ux_ledger_idempotency ON wallet_ledger_entry (idempotency_key);

-- Money reserved for one charging order: wallet.frozen = SUM(amount) of its holds. Changed only together with
-- the wallet row (whose row_version serialises concurrent changes), so it needs no version of its own.
CREATE TABLE wallet_hold (
    id           BIGINT         NOT NULL,
    wallet_id    BIGINT         NOT NULL,
    merchant_id  BIGINT,
    ref_type     VARCHAR2(32)    NOT NULL,
    ref_id       VARCHAR2(64)    NOT NULL,
    amount       NUMBER(14,4)  NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    released_at  TIMESTAMP,
    CONSTRAINT pk_wallet_hold PRIMARY KEY (id),
    CONSTRAINT fk_wallet_hold_wallet FOREIGN KEY (wallet_id) REFERENCES wallet (id),
    CONSTRAINT fk_wallet_hold_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT uq_wallet_hold_ref UNIQUE (wallet_id, ref_type, ref_id),
    CONSTRAINT ck_wallet_hold_amount CHECK (amount >= 0)
);
CREATE SEQUENCE seq_wallet_hold START WITH 1000 INCREMENT BY 50;
