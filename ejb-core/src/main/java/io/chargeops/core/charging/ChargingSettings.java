package io.chargeops.core.charging;

import io.chargeops.core.tariff.pricing.PileBillCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The charging context's settings (MicroProfile Config); the defaults are YKC v1.6 §13.3's numbers. */
@ApplicationScoped
public class ChargingSettings {

    /** §13.3 rule 1: the pile answers a start within 90 s, or the platform closes the order. */
    @Inject
    @ConfigProperty(name = "chargeops.charging.start-timeout-seconds", defaultValue = "90")
    long startTimeoutSeconds;

    /** How long a stop may go unanswered (no 0x35, no end of charge) before the order is listed as abnormal. */
    @Inject
    @ConfigProperty(name = "chargeops.charging.stop-timeout-seconds", defaultValue = "60")
    long stopTimeoutSeconds;

    /** §13.3 rule 7: the transaction record is due within 30 s of the end of charge, else 异常订单. */
    @Inject
    @ConfigProperty(name = "chargeops.charging.transaction-record-window-seconds", defaultValue = "30")
    long recordWindowSeconds;

    /** §13.3 rule 4: this many idle reports in a row while an order is charging make it abnormal. */
    @Inject
    @ConfigProperty(name = "chargeops.charging.idle-reports-abnormal", defaultValue = "2")
    int idleReportsAbnormal;

    /** The live chart keeps a point at most this often ... */
    @Inject
    @ConfigProperty(name = "chargeops.charging.live-sample-seconds", defaultValue = "15")
    long liveSampleSeconds;

    /** ... and at most this many points per order (480 × 15 s = 2 hours), dropping the oldest. */
    @Inject
    @ConfigProperty(name = "chargeops.charging.live-history-size", defaultValue = "480")
    int liveHistorySize;

    /** Whose amount is billed when the pile's own bill differs from the platform's price: PLATFORM or PILE. */
    @Inject
    @ConfigProperty(name = "chargeops.charging.bill-authority", defaultValue = "PLATFORM")
    PileBillCheck.Authority billAuthority;

    @Inject
    @ConfigProperty(name = "chargeops.zone", defaultValue = "Asia/Shanghai")
    String zone;

    public Duration startTimeout() {
        return Duration.ofSeconds(startTimeoutSeconds);
    }

    public Duration stopTimeout() {
        return Duration.ofSeconds(stopTimeoutSeconds);
    }

    public Duration recordWindow() {
        return Duration.ofSeconds(recordWindowSeconds);
    }

    public int idleReportsAbnormal() {
        return idleReportsAbnormal;
    }

    public Duration liveSampleInterval() {
        return Duration.ofSeconds(liveSampleSeconds);
    }

    public int liveHistorySize() {
        return liveHistorySize;
    }

    public PileBillCheck.Authority billAuthority() {
        return billAuthority;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }
}
