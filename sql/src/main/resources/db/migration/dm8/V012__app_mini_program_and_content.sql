-- Issue 6 (app API), second part: mini-program sign-in links; FAQ, notices and banners.

-- A mini-program identity (WeChat or Alipay openid, WeChat unionid when the app is bound to an open-platform
-- account) linked to an app user. One openid per platform names one user; a user has at most one per platform.
CREATE TABLE app_mini_program_link (
    id           BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    platform     VARCHAR2(16)  NOT NULL,
    openid       VARCHAR2(128)  NOT NULL,
    unionid      VARCHAR2(128),
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    row_version  BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_mini_program_link PRIMARY KEY (id),
    CONSTRAINT uk_app_mini_program_openid UNIQUE (platform, openid),
    CONSTRAINT uk_app_mini_program_user UNIQUE (platform, user_id),
    CONSTRAINT fk_app_mini_program_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_app_mini_program_platform CHECK (platform IN ('WECHAT', 'ALIPAY'))
);
CREATE INDEX ix_app_mini_program_unionid ON app_mini_program_link (unionid);
CREATE SEQUENCE seq_app_mini_program_link START WITH 1000 INCREMENT BY 50;

-- What the app shows besides charging: FAQ (常见问题), notices (公告) and banners (轮播图); platform-wide, written by
-- platform accounts through /api/admin/v1/app-content, shown while published and inside the optional window.
CREATE TABLE app_content (
    id             BIGINT         NOT NULL,
    kind           VARCHAR2(16)   NOT NULL,
    title          VARCHAR2(300)  NOT NULL,
    body           VARCHAR2(6000),
    image_url      VARCHAR2(500),
    link_url       VARCHAR2(500),
    sort_no        INT            DEFAULT 0 NOT NULL,
    published      BIT            DEFAULT 1 NOT NULL,
    visible_from   TIMESTAMP,
    visible_until  TIMESTAMP,
    created_at     TIMESTAMP      NOT NULL,
    updated_at     TIMESTAMP      NOT NULL,
    row_version    BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_app_content PRIMARY KEY (id),
    CONSTRAINT ck_app_content_kind CHECK (kind IN ('FAQ', 'NOTICE', 'BANNER'))
);
CREATE INDEX ix_app_content_kind ON app_content (kind, sort_no);
CREATE SEQUENCE seq_app_content START WITH 1000 INCREMENT BY 50;
