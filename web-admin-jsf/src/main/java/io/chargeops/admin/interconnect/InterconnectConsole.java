package io.chargeops.admin.interconnect;

import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.identity.ConsoleAccounts;
import io.chargeops.core.interconnect.PartnerCharges;
import io.chargeops.core.interconnect.PartnerPull;
import io.chargeops.core.interconnect.PartnerView;
import io.chargeops.core.interconnect.Partners;
import io.chargeops.core.interconnect.PulledData;
import io.chargeops.core.interconnect.PulledStationView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Backing bean of {@code /admin/interconnect.xhtml}: partner platforms (secrets never shown) with their push switches,
 * the push outbox with retry, and the stations pulled from third-party operators with a "pull now" button. Platform
 * accounts only, like the ops API's partner resource.
 */
@Named
@ViewScoped
public class InterconnectConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Partners partners;

    @EJB
    transient PartnerCharges outbox;

    @EJB
    transient PartnerPull pull;

    @EJB
    transient PulledData pulled;

    @EJB
    transient ConsoleAccounts accounts;

    private String operatorId;
    private List<String> pushes = new ArrayList<>();
    private String pushStatus;

    /** One connector of a pulled station, flattened for the table. */
    public record PulledRow(String stationId, String stationName, String areaCode, String equipmentId,
                            String connectorId, BigDecimal powerKw, Integer status, String prices, Instant pulledAt) {
    }

    @PostConstruct
    void init() {
        List<PartnerView.Summary> all = getPartners();
        if (!all.isEmpty()) {
            select(all.get(0).operatorId());
        }
    }

    /** For {@code <f:viewAction>} after the permission check: merchant accounts never see partners. */
    public void requirePlatform() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Principal principal = faces.getExternalContext().getUserPrincipal();
        if (principal == null || !accounts.scopeOf(principal.getName()).isAll()) {
            faces.getExternalContext().responseSendError(403, "Interconnect partners are managed by platform accounts");
            faces.responseComplete();
        }
    }

    public List<PartnerView.Summary> getPartners() {
        return partners.list().stream().map(PartnerView::summary).toList();
    }

    public PartnerView.Summary getPartner() {
        return operatorId == null ? null : partners.byOperatorId(operatorId).map(PartnerView::summary).orElse(null);
    }

    public void select(String id) {
        operatorId = id;
        PartnerView.Summary s = getPartner();
        pushes = s == null ? new ArrayList<>() : new ArrayList<>(s.pushes());
    }

    public List<String> getPushInterfaces() {
        return new ArrayList<>(new TreeSet<>(PartnerView.PUSH_INTERFACES));
    }

    public void savePushes() {
        try {
            Partners.Change c = new Partners.Change();
            c.pushes = new TreeSet<>(pushes);
            partners.change(operatorId, c);
            Messages.info("interconnect.saved", operatorId);
        } catch (RefusedException e) {
            Messages.refused(e);
        }
    }

    public List<PartnerCharges.PushView> getOutbox() {
        return partners.byOperatorId(operatorId == null ? "" : operatorId)
                .map(p -> outbox.pushes(p.id(), pushStatus == null || pushStatus.isBlank() ? null : pushStatus, 200))
                .orElse(List.of());
    }

    public void retry(long pushId) {
        partners.byOperatorId(operatorId).flatMap(p -> outbox.retryNow(p.id(), pushId, Instant.now()))
                .ifPresentOrElse(p -> Messages.info("interconnect.retried", pushId),
                        () -> Messages.warn("interconnect.notRetried", pushId));
    }

    public void pullNow() {
        try {
            PartnerPull.Result r = pull.pull(operatorId);
            Messages.info("interconnect.pulled", r.stations(), r.connectors(), r.prices());
        } catch (RefusedException e) {
            Messages.refused(e);
        }
    }

    public List<PulledRow> getPulled() {
        List<PulledRow> rows = new ArrayList<>();
        partners.byOperatorId(operatorId == null ? "" : operatorId).ifPresent(p -> {
            for (PulledStationView s : pulled.stations(p.id())) {
                for (PulledStationView.EquipmentView e : s.equipment()) {
                    for (PulledStationView.ConnectorView c : e.connectors()) {
                        rows.add(new PulledRow(s.stationId(), s.name(), s.areaCode(), e.equipmentId(), c.connectorId(),
                                c.powerKw(), c.status(), c.prices().stream()
                                        .map(x -> x.startTime().substring(0, 2) + ":" + x.startTime().substring(2, 4) + " "
                                                + x.elecPrice().stripTrailingZeros().toPlainString() + "+"
                                                + x.servicePrice().stripTrailingZeros().toPlainString())
                                        .collect(Collectors.joining(", ")), s.pulledAt()));
                    }
                }
            }
        });
        return rows;
    }

    public String getOperatorId() { return operatorId; }
    public void setOperatorId(String operatorId) { select(operatorId); }
    public List<String> getPushes() { return pushes; }
    public void setPushes(List<String> pushes) { this.pushes = pushes; }
    public String getPushStatus() { return pushStatus; }
    public void setPushStatus(String pushStatus) { this.pushStatus = pushStatus; }
}
