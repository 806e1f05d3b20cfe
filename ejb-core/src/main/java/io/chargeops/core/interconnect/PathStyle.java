package io.chargeops.core.interconnect;

/**
 * Where a partner serves its interfaces below its base URL. The standard says {@code http(s)://host/evcs/v1/name}
 * (T/CEC 102.4 §6.1) and partners in the wild differ (cec-t102-notes §1.2): dated versions, Shanghai's municipal
 * platform, Xiaoju's mix, or a prefix of their own (then the base URL carries it and the style is {@link #PLAIN}).
 * Interface names are appended as they are: case matters ({@code notification_stationStatus}).
 */
public enum PathStyle {

    /** {@code {base}/evcs/v1/{interface}}: the standard, and the default. */
    STANDARD("evcs/v1/"),
    /** {@code {base}/{interface}}: the base URL is the whole prefix (e.g. {@code …/evcs/starcharge/}, {@code …/omind/evcs/v1/}). */
    PLAIN(""),
    /** {@code {base}/evcs/v20160701/{interface}} (chargerlink and others dating the version). */
    EVCS_V20160701("evcs/v20160701/"),
    /** {@code {base}/evcs/v20161110/{interface}}. */
    EVCS_V20161110("evcs/v20161110/"),
    /** {@code {base}/shevcs/v1.0/{interface}}: the Shanghai municipal platform. */
    SHEVCS_V1_0("shevcs/v1.0/"),
    /**
     * Xiaoju (DiDi) 1.4.0: {@code {base}/evcs/sdk/query_token}, {@code {base}/evcs/v1/query_*}, and the
     * notifications and {@code check_charge_orders} at the root, {@code {base}/{interface}}.
     */
    XIAOJU("evcs/v1/");

    private final String prefix;

    PathStyle(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The URL of {@code iface} below {@code baseUrl}; a base URL that already ends with the style's prefix (e.g.
     * {@code http://host/evcs/v1/} with the standard style, as partners were configured before path styles) gets the
     * interface name only.
     */
    public String url(String baseUrl, String iface) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        if (this == XIAOJU) {
            if (iface.equals("query_token")) {
                return base + "evcs/sdk/query_token";
            }
            if (!iface.startsWith("query_")) {
                return base + iface;
            }
        }
        // a base URL that already ends with the style's prefix (the whole endpoint was pasted) is not doubled
        return !prefix.isEmpty() && base.endsWith("/" + prefix) ? base + iface : base + prefix + iface;
    }

    /** The style named {@code name}, or {@link #STANDARD} for a name this version does not know. */
    static PathStyle of(String name) {
        try {
            return name == null ? STANDARD : valueOf(name);
        } catch (IllegalArgumentException e) {
            return STANDARD;
        }
    }
}
