package io.chargeops.core.account;

/** The mini-program platforms users may sign in from. */
public enum MiniProgramPlatform {
    /** WeChat mini-program (微信小程序): {@code wx.login} code → {@code jscode2session}. */
    WECHAT,
    /** Alipay mini-program (支付宝小程序): {@code my.getAuthCode} code → {@code alipay.system.oauth.token}. */
    ALIPAY
}
