package io.chargeops.core.interconnect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Outbound URLs per path style (cec-t102-notes §1.2). */
class PathStyleTest {

    static final String BASE = "https://partner.example.cn/";

    @Test
    void theStandardIsEvcsV1AndPlainAppendsToTheBase() {
        assertThat(PathStyle.STANDARD.url(BASE, "notification_stationStatus"))
                .isEqualTo("https://partner.example.cn/evcs/v1/notification_stationStatus");
        assertThat(PathStyle.STANDARD.url("https://partner.example.cn", "query_token"))
                .as("a base without its slash").isEqualTo("https://partner.example.cn/evcs/v1/query_token");
        assertThat(PathStyle.PLAIN.url("http://test-evcs.starcharge.com/evcs/starcharge/", "query_token"))
                .isEqualTo("http://test-evcs.starcharge.com/evcs/starcharge/query_token");
    }

    @Test
    void aBaseUrlThatAlreadyEndsWithTheStylesPrefixIsNotDoubled() {
        assertThat(PathStyle.STANDARD.url("http://127.0.0.1:9/evcs/v1/", "notification_charge_order_info"))
                .isEqualTo("http://127.0.0.1:9/evcs/v1/notification_charge_order_info");
        assertThat(PathStyle.SHEVCS_V1_0.url("https://sh.example.cn/shevcs/v1.0/", "query_token"))
                .isEqualTo("https://sh.example.cn/shevcs/v1.0/query_token");
        assertThat(PathStyle.STANDARD.url("http://127.0.0.1:9/other/evcs/", "query_token"))
                .isEqualTo("http://127.0.0.1:9/other/evcs/evcs/v1/query_token");
    }

    @Test
    void datedVersionsShanghaiAndXiaoju() {
        assertThat(PathStyle.EVCS_V20160701.url(BASE, "query_stations_info")).endsWith("/evcs/v20160701/query_stations_info");
        assertThat(PathStyle.EVCS_V20161110.url(BASE, "query_token")).endsWith("/evcs/v20161110/query_token");
        assertThat(PathStyle.SHEVCS_V1_0.url(BASE, "notification_stationInfo")).endsWith("/shevcs/v1.0/notification_stationInfo");
        assertThat(PathStyle.XIAOJU.url(BASE, "query_token")).isEqualTo(BASE + "evcs/sdk/query_token");
        assertThat(PathStyle.XIAOJU.url(BASE, "query_stations_info")).isEqualTo(BASE + "evcs/v1/query_stations_info");
        assertThat(PathStyle.XIAOJU.url(BASE, "notification_charge_order_info")).isEqualTo(BASE + "notification_charge_order_info");
        assertThat(PathStyle.XIAOJU.url(BASE, "check_charge_orders")).isEqualTo(BASE + "check_charge_orders");
    }

    @Test
    void anUnknownStoredNameReadsAsTheStandard() {
        assertThat(PathStyle.of(null)).isEqualTo(PathStyle.STANDARD);
        assertThat(PathStyle.of("FROM_A_NEWER_VERSION")).isEqualTo(PathStyle.STANDARD);
        assertThat(PathStyle.of("XIAOJU")).isEqualTo(PathStyle.XIAOJU);
    }
}
