-- Issue 6 (app API), second part: mini-program sign-in links; FAQ, notices and banners; station pictures and comments.

-- A mini-program identity (WeChat or Alipay openid, WeChat unionid when the app is bound to an open-platform
-- account) linked to an app user. One openid per platform names one user; a user has at most one per platform.
CREATE TABLE app_mini_program_link (
    id           BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    platform     VARCHAR(16)   NOT NULL,
    openid       VARCHAR(128)  NOT NULL,
    unionid      VARCHAR(128),
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
    kind           VARCHAR(16)    NOT NULL,
    title          VARCHAR(100)   NOT NULL,
    body           VARCHAR(2000),
    image_url      VARCHAR(500),
    link_url       VARCHAR(500),
    sort_no        INT            DEFAULT 0 NOT NULL,
    published      BOOLEAN        DEFAULT TRUE NOT NULL,
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

-- Station pictures (场站图片), written through the ops API, shown on the app's station page.
CREATE TABLE station_picture (
    id           BIGINT        NOT NULL,
    station_id   BIGINT        NOT NULL,
    merchant_id  BIGINT        NOT NULL,
    url          VARCHAR(500)  NOT NULL,
    caption      VARCHAR(100),
    sort_no      INT           DEFAULT 0 NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_station_picture PRIMARY KEY (id),
    CONSTRAINT fk_station_picture_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT fk_station_picture_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);
CREATE INDEX ix_station_picture_station ON station_picture (station_id, sort_no);
CREATE SEQUENCE seq_station_picture START WITH 1000 INCREMENT BY 50;

-- Drivers' comments on stations (评价): 1..5 stars and text, by users with a settled order there; the author name is
-- kept as shown (nickname or masked phone) and replaced when the account is deleted.
CREATE TABLE station_comment (
    id           BIGINT        NOT NULL,
    station_id   BIGINT        NOT NULL,
    merchant_id  BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    author       VARCHAR(50)   NOT NULL,
    rating       INT           NOT NULL,
    content      VARCHAR(500),
    created_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_station_comment PRIMARY KEY (id),
    CONSTRAINT fk_station_comment_station FOREIGN KEY (station_id) REFERENCES station (id),
    CONSTRAINT fk_station_comment_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT fk_station_comment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_station_comment_rating CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_station_comment_station ON station_comment (station_id, id);
CREATE SEQUENCE seq_station_comment START WITH 1000 INCREMENT BY 50;
