package io.chargeops.admin.home;

import io.chargeops.core.identity.ConsoleSignIns;
import io.chargeops.core.system.PlatformStatus;
import io.chargeops.core.system.PlatformSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Backing bean of the home screen ({@code /admin/index.xhtml}). */
@Named
@RequestScoped
public class Home {

    @EJB
    PlatformStatus platformStatus;

    @EJB
    ConsoleSignIns signIns;

    @Inject
    ExternalContext external;

    private PlatformSummary status;
    private List<SignInRow> recentSignIns;

    /** One line of the sign-in log as the screen shows it, in the operator's zone. */
    public record SignInRow(String at, boolean succeeded, String from) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public PlatformSummary getStatus() {
        if (status == null) {
            status = platformStatus.summary();
        }
        return status;
    }

    /** The signed-in operator's own recent sign-in attempts, so a stranger's use of the account shows. */
    public List<SignInRow> getRecentSignIns() {
        if (recentSignIns == null) {
            ZoneId zone = ZoneId.of(getStatus().zone());
            recentSignIns = signIns.recent(external.getUserPrincipal().getName(), 10).stream()
                    .map(a -> new SignInRow(TIME.format(a.attemptedAt().atZone(zone)), a.succeeded(), a.remoteAddress()))
                    .toList();
        }
        return recentSignIns;
    }
}
