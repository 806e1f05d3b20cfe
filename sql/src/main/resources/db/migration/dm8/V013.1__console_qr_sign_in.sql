-- Operator console (issue 7): sign-in by scanning a QR code (微信扫码登录). A console account binds its identity at
-- the provider once, signed in with its password; a QR sign-in then finds the account by that identity. One
-- identity per provider per account, and an identity belongs to one account. Keep in step with the H2 script.
CREATE TABLE console_external_login (
    id           BIGINT        NOT NULL,
    provider     VARCHAR2(16)   NOT NULL,
    external_id  VARCHAR2(128)  NOT NULL,
    user_id      BIGINT        NOT NULL,
    bound_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_console_external_login PRIMARY KEY (id),
    CONSTRAINT uk_console_external_login UNIQUE (provider, external_id),
    CONSTRAINT uk_console_external_login_user UNIQUE (user_id, provider),
    CONSTRAINT fk_console_external_login_user FOREIGN KEY (user_id) REFERENCES console_user (id)
);
CREATE SEQUENCE seq_console_external_login START WITH 1000 INCREMENT BY 50;
