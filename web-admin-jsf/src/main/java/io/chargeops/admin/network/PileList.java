package io.chargeops.admin.network;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.pile.NewPile;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.pile.PileStatus;
import io.chargeops.core.pile.PileView;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationView;
import io.chargeops.core.tariff.TariffService;
import io.chargeops.core.tariff.TariffView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backing bean of the pile list ({@code /admin/piles.xhtml}): registered piles with their live state and whether they
 * hold the billing model in force, free piles (游离电桩) and their onboarding to a station and tariff.
 */
@Named
@ViewScoped
public class PileList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PileRegistry piles;

    @EJB
    transient StationService stations;

    @EJB
    transient TariffService tariffs;

    @Inject
    ConsoleSession session;

    private Long stationId;
    private PileStatus status;
    private transient List<PileView> rows;
    private transient List<PileView> free;
    private transient Map<Long, String> stationNames;

    private String onboardCode;
    private Long onboardStation;
    private Long onboardTariff;
    private BigDecimal onboardPower;
    private String onboardManufacturer;
    private String onboardModel;

    public List<PileView> getPiles() {
        if (rows == null) {
            rows = piles.list(stationId, status).stream()
                    .filter(p -> p.status() != PileStatus.FREE || status == PileStatus.FREE).toList();
        }
        return rows;
    }

    public List<PileView> getFreePiles() {
        if (free == null) {
            free = piles.freePiles();
        }
        return free;
    }

    public List<StationView> getStations() {
        return stations.list(null);
    }

    public List<TariffView> getTariffs() {
        return tariffs.list(null);
    }

    public String stationName(Long id) {
        if (stationNames == null) {
            stationNames = getStations().stream().collect(Collectors.toMap(StationView::id, StationView::name, (a, b) -> a));
        }
        return id == null ? "" : stationNames.getOrDefault(id, String.valueOf(id));
    }

    public String tariffName(Long id) {
        return id == null ? "" : getTariffs().stream().filter(t -> t.id().equals(id)).map(TariffView::name).findFirst()
                .orElse(String.valueOf(id));
    }

    public void refresh() {
        rows = null;
        free = null;
    }

    /** Opens the onboarding dialog for a free pile. */
    public void startOnboarding(String pileCode) {
        onboardCode = pileCode;
        onboardStation = null;
        onboardTariff = null;
        onboardPower = null;
        onboardManufacturer = null;
        onboardModel = null;
    }

    public void onboard() {
        if (!session.can("piles:onboard")) {
            return;
        }
        try {
            PileView pile = piles.onboard(onboardCode, new NewPile(onboardCode, onboardStation, null, null, onboardPower,
                    blank(onboardManufacturer), blank(onboardModel), onboardTariff, null), session.actor());
            Messages.info("piles.onboarded", pile.pileCode(), stationName(pile.stationId()));
            onboardCode = null;
        } catch (RefusedException e) {
            Messages.refused(e);
        }
        refresh();
    }

    public PileStatus[] getStatuses() {
        return PileStatus.values();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getStationId() { return stationId; }
    public void setStationId(Long stationId) { this.stationId = stationId; refresh(); }
    public PileStatus getStatus() { return status; }
    public void setStatus(PileStatus status) { this.status = status; refresh(); }
    public String getOnboardCode() { return onboardCode; }
    public Long getOnboardStation() { return onboardStation; }
    public void setOnboardStation(Long v) { onboardStation = v; }
    public Long getOnboardTariff() { return onboardTariff; }
    public void setOnboardTariff(Long v) { onboardTariff = v; }
    public BigDecimal getOnboardPower() { return onboardPower; }
    public void setOnboardPower(BigDecimal v) { onboardPower = v; }
    public String getOnboardManufacturer() { return onboardManufacturer; }
    public void setOnboardManufacturer(String v) { onboardManufacturer = v; }
    public String getOnboardModel() { return onboardModel; }
    public void setOnboardModel(String v) { onboardModel = v; }
}
