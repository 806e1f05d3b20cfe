/**
 * What the app shows besides charging (issue 6): FAQ entries, notices and banners (read-only for the app, managed by
 * platform accounts through the ops API), and the version check per platform (android, ios, wechat, alipay) from
 * configuration.
 */
package io.chargeops.core.appcontent;
