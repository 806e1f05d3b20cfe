package io.chargeops.admin.network;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.pile.NewPile;
import io.chargeops.core.pile.PileCatalogue;
import io.chargeops.core.pile.PileEdit;
import io.chargeops.core.pile.PileModelView;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.pile.PileStatus;
import io.chargeops.core.pile.PileView;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationView;
import io.chargeops.core.tariff.TariffService;
import io.chargeops.core.tariff.TariffView;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
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
 * hold the billing model in force, their edit (name, catalogue model, power) and unbinding (解绑), gun QR code links
 * ({@link GunQrDownloads}), free piles (游离电桩) and their onboarding to a station and tariff.
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

    @EJB
    transient PileCatalogue catalogue;

    @Inject
    ConsoleSession session;

    private Long stationId;
    private PileStatus status;
    private transient List<PileView> rows;
    private transient List<PileView> free;
    private transient Map<Long, String> stationNames;

    private String editCode;
    private String editName;
    private Long editModelId;
    private BigDecimal editPower;
    private String editManufacturer;
    private String editModel;
    private String unbindCode;

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

    /** Opens the edit dialog on a registered pile. */
    public void startEdit(PileView p) {
        editCode = p.pileCode();
        editName = p.pileName();
        editModelId = p.pileModelId();
        editPower = p.ratedPowerKw();
        editManufacturer = p.manufacturer();
        editModel = p.model();
    }

    public void save() {
        if (!session.can("piles:edit")) {
            return;
        }
        try {
            PileView pile = piles.update(editCode, new PileEdit(blank(editName), editModelId, editPower,
                    blank(editManufacturer), blank(editModel)), session.actor());
            Messages.info("piles.saved", pile.pileCode());
        } catch (RefusedException e) {
            Messages.refused(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
        refresh();
    }

    /** Catalogue models that fit the pile being edited (same type and gun count). */
    public List<PileModelView> getEditModels() {
        PileView p = editCode == null ? null : getPiles().stream().filter(x -> x.pileCode().equals(editCode)).findFirst()
                .orElse(null);
        return catalogue.models(null).stream()
                .filter(m -> p == null || (m.pileType() == p.pileType() && m.gunCount() == p.gunCount())).toList();
    }

    /** Opens the "unbind" confirmation for a pile. */
    public void startUnbind(String pileCode) {
        unbindCode = pileCode;
    }

    public void unbind() {
        if (!session.can("piles:unbind")) {
            return;
        }
        try {
            PileView pile = piles.unbind(unbindCode, session.actor());
            Messages.info("piles.unbound", pile.pileCode());
            unbindCode = null;
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
    public String getEditCode() { return editCode; }
    public String getEditName() { return editName; }
    public void setEditName(String v) { editName = v; }
    public Long getEditModelId() { return editModelId; }
    public void setEditModelId(Long v) { editModelId = v; }
    public BigDecimal getEditPower() { return editPower; }
    public void setEditPower(BigDecimal v) { editPower = v; }
    public String getEditManufacturer() { return editManufacturer; }
    public void setEditManufacturer(String v) { editManufacturer = v; }
    public String getEditModel() { return editModel; }
    public void setEditModel(String v) { editModel = v; }
    public String getUnbindCode() { return unbindCode; }
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
