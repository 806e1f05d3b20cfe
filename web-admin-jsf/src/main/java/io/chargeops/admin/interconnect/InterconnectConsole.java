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

    @EJB
    transient io.chargeops.core.interconnect.CallLog callLog;

    @EJB
    transient io.chargeops.core.station.StationService stations;

    private String operatorId;
    private List<String> pushes = new ArrayList<>();
    private String pushStatus;
    // the selected partner's profile: where and how we call it, what it sees, the real-time power push
    private String baseUrl;
    private String pathStyle;
    private String stationScope;
    private List<String> stationIds = new ArrayList<>();
    private Integer chargeStatusSeconds;
    private String powerInterface;
    private Integer powerSeconds;
    // the create/rotate form: secrets typed in, never shown back (inputSecret), cleared after every action
    private String newOperatorId;
    private String newName;
    private String newRole = "USER_PLATFORM";
    private String newBaseUrl;
    private final String[] inSecrets = new String[4];
    private final String[] outSecrets = new String[4];

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
        if (s != null) {
            baseUrl = s.baseUrl();
            pathStyle = s.pathStyle().name();
            stationScope = s.stationScope();
            stationIds = s.stationIds().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
            chargeStatusSeconds = s.chargeStatusSeconds();
            powerInterface = s.powerInterface();
            powerSeconds = s.powerSeconds();
        }
    }

    public List<String> getPathStyles() {
        return java.util.Arrays.stream(io.chargeops.core.interconnect.PathStyle.values()).map(Enum::name).toList();
    }

    /** Our stations to share (a platform account sees every merchant's). */
    public List<io.chargeops.core.station.StationView> getStations() {
        return stations.list(null);
    }

    /** Where two of its interfaces are called with the saved profile, so the operator sees what a path style does. */
    public List<String> getSampleUrls() {
        return partners.byOperatorId(operatorId == null ? "" : operatorId).filter(p -> p.baseUrl() != null)
                .map(p -> List.of(p.url("query_token"), p.url("notification_stationStatus"))).orElse(List.of());
    }

    /** Saves base URL, path style, shared stations and the push cadences of the selected partner. */
    public void saveProfile() {
        try {
            Partners.Change c = new Partners.Change();
            c.baseUrl = baseUrl == null ? "" : baseUrl;
            c.pathStyle = pathStyle;
            c.stationScope = stationScope;
            c.stationIds = stationIds.stream().map(Long::valueOf).collect(Collectors.toSet());
            c.chargeStatusSeconds = chargeStatusSeconds;
            c.powerInterface = powerInterface;
            c.powerSeconds = powerSeconds;
            partners.change(operatorId, c);
            select(operatorId);
            Messages.info("interconnect.profileSaved", operatorId);
        } catch (RefusedException e) {
            Messages.refused(e);
        }
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

    /** The partner's interface call log, newest first (no secrets, no Data). */
    public List<io.chargeops.core.interconnect.CallLog.CallView> getCalls() {
        return partners.byOperatorId(operatorId == null ? "" : operatorId)
                .map(p -> callLog.of(p.id(), 200)).orElse(List.of());
    }

    /** Creates a partner from the form: the four inbound secrets required, the outbound four optional. */
    public void createPartner() {
        try {
            Partners.NewPartner n = new Partners.NewPartner();
            n.operatorId = blankToNull(newOperatorId);
            n.name = blankToNull(newName);
            n.role = newRole;
            n.baseUrl = blankToNull(newBaseUrl);
            n.in = secrets(inSecrets);
            n.out = secrets(outSecrets);
            PartnerView.Summary created = partners.create(n, Instant.now()).summary();
            select(created.operatorId());
            newOperatorId = null;
            newName = null;
            newBaseUrl = null;
            Messages.info("interconnect.createdPartner", created.operatorId());
        } catch (RefusedException e) {
            Messages.refused(e);
        } finally {
            clearSecrets();
        }
    }

    /** Rotates the selected partner's secrets: each direction whose four fields are filled in. */
    public void rotateSecrets() {
        try {
            Partners.Rotation r = new Partners.Rotation();
            r.in = secrets(inSecrets);
            r.out = secrets(outSecrets);
            if (r.in == null && r.out == null) {
                Messages.warn("interconnect.noSecrets");
                return;
            }
            partners.rotate(operatorId, r, Instant.now());
            Messages.info("interconnect.rotated", operatorId);
        } catch (RefusedException e) {
            Messages.refused(e);
        } finally {
            clearSecrets();
        }
    }

    private static Partners.Secrets secrets(String[] v) {
        if (java.util.Arrays.stream(v).allMatch(x -> x == null || x.isEmpty())) {
            return null;
        }
        Partners.Secrets s = new Partners.Secrets();
        s.operatorSecret = v[0];
        s.dataSecret = v[1];
        s.dataSecretIv = v[2];
        s.sigSecret = v[3];
        return s;
    }

    private void clearSecrets() {
        java.util.Arrays.fill(inSecrets, null);
        java.util.Arrays.fill(outSecrets, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<String> getRoles() {
        return List.of("USER_PLATFORM", "OPERATOR", "GOVERNMENT");
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

    public String getNewOperatorId() { return newOperatorId; }
    public void setNewOperatorId(String v) { newOperatorId = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
    public String getNewRole() { return newRole; }
    public void setNewRole(String v) { newRole = v; }
    public String getNewBaseUrl() { return newBaseUrl; }
    public void setNewBaseUrl(String v) { newBaseUrl = v; }
    /** Write-only: the page never reads a secret back. */
    public String getInOperatorSecret() { return null; }
    public void setInOperatorSecret(String v) { inSecrets[0] = v; }
    public String getInDataSecret() { return null; }
    public void setInDataSecret(String v) { inSecrets[1] = v; }
    public String getInDataSecretIv() { return null; }
    public void setInDataSecretIv(String v) { inSecrets[2] = v; }
    public String getInSigSecret() { return null; }
    public void setInSigSecret(String v) { inSecrets[3] = v; }
    public String getOutOperatorSecret() { return null; }
    public void setOutOperatorSecret(String v) { outSecrets[0] = v; }
    public String getOutDataSecret() { return null; }
    public void setOutDataSecret(String v) { outSecrets[1] = v; }
    public String getOutDataSecretIv() { return null; }
    public void setOutDataSecretIv(String v) { outSecrets[2] = v; }
    public String getOutSigSecret() { return null; }
    public void setOutSigSecret(String v) { outSecrets[3] = v; }
    public String getOperatorId() { return operatorId; }
    public void setOperatorId(String operatorId) { select(operatorId); }
    public List<String> getPushes() { return pushes; }
    public void setPushes(List<String> pushes) { this.pushes = pushes; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String v) { baseUrl = v; }
    public String getPathStyle() { return pathStyle; }
    public void setPathStyle(String v) { pathStyle = v; }
    public String getStationScope() { return stationScope; }
    public void setStationScope(String v) { stationScope = v; }
    public List<String> getStationIds() { return stationIds; }
    public void setStationIds(List<String> v) { stationIds = v == null ? new ArrayList<>() : v; }
    public Integer getChargeStatusSeconds() { return chargeStatusSeconds; }
    public void setChargeStatusSeconds(Integer v) { chargeStatusSeconds = v; }
    public String getPowerInterface() { return powerInterface; }
    public void setPowerInterface(String v) { powerInterface = v; }
    public Integer getPowerSeconds() { return powerSeconds; }
    public void setPowerSeconds(Integer v) { powerSeconds = v; }
    public String getPushStatus() { return pushStatus; }
    public void setPushStatus(String pushStatus) { this.pushStatus = pushStatus; }
}
