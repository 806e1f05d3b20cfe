package io.chargeops.core.appcontent;

/** FAQ (常见问题), NOTICE (公告), BANNER (首页轮播图). */
public enum ContentKind {
    FAQ,
    NOTICE,
    BANNER
}
