package io.chargeops.admin.shell;

import io.chargeops.core.system.PlatformStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the console writes instants (operator's zone), money (0.00 元) and energy (0.000 kWh). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @EJB
    PlatformStatus platform;

    private volatile ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = ZoneId.of(platform.summary().zone());
        }
        return zone;
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone()));
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String energy(BigDecimal kwh) {
        return kwh == null ? "" : kwh.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /** A day-on-day change: "+12.5%", "-3.0%", or "—" when there was nothing to compare with. */
    public String change(BigDecimal percent) {
        return percent == null ? "—" : (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }
}
