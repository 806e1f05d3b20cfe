package io.chargeops.admin.network;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Formats;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffIssueView;
import io.chargeops.core.tariff.TariffIssues;
import io.chargeops.core.tariff.TariffPrices;
import io.chargeops.core.tariff.TariffService;
import io.chargeops.core.tariff.TariffVersionView;
import io.chargeops.core.tariff.TariffView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Backing bean of the tariff screen ({@code /admin/tariffs.xhtml?id=}): the templates, and for the chosen one its
 * versions as day timelines, the 48-slot editor (the day painted by rate type, the four prices) that saves a new
 * version in force now or at a chosen time, and each pile's result of the billing-model push.
 */
@Named
@ViewScoped
public class TariffEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TariffService tariffs;

    @EJB
    transient TariffIssues issues;

    @Inject
    ConsoleSession session;

    @Inject
    Formats fmt;

    private Long id;
    private transient List<TariffView> templates;
    private TariffView tariff;
    /** The edited day: one letter per half hour (S, P, F, V), what the timeline's script edits too. */
    private String slots;
    private final Map<RateType, BigDecimal> electricity = new EnumMap<>(RateType.class);
    private final Map<RateType, BigDecimal> service = new EnumMap<>(RateType.class);
    private boolean scheduled;
    private LocalDateTime effectiveFrom;
    private RateType brush = RateType.PEAK;

    public void load() {
        tariff = id == null ? null : tariffs.find(id).orElse(null);
        if (tariff != null) {
            TariffVersionView base = current();
            slots = base == null ? "F".repeat(48) : letters(base.slots());
            electricity.clear();
            service.clear();
            if (base != null) {
                base.rates().forEach(r -> {
                    electricity.put(r.rateType(), r.electricityFee());
                    service.put(r.rateType(), r.serviceFee());
                });
            }
        }
    }

    /** The version in force, else the newest. */
    private TariffVersionView current() {
        return tariff.versions().stream().filter(TariffVersionView::inForce).findFirst()
                .orElse(tariff.versions().stream().max(Comparator.comparingInt(TariffVersionView::versionNo)).orElse(null));
    }

    public List<TariffView> getTemplates() {
        if (templates == null) {
            templates = tariffs.list(null);
        }
        return templates;
    }

    /** The versions newest first. */
    public List<TariffVersionView> getVersions() {
        if (tariff == null) {
            return List.of();
        }
        List<TariffVersionView> versions = new ArrayList<>(tariff.versions());
        versions.sort(Comparator.comparingInt(TariffVersionView::versionNo).reversed());
        return versions;
    }

    public List<TariffIssueView> getIssues() {
        return tariff == null ? List.of() : issues.recent(tariff.id(), null, 50);
    }

    public void save() {
        if (tariff == null || !session.can("tariffs:edit")) {
            return;
        }
        Map<RateType, TariffPrices.Rate> rates = new EnumMap<>(RateType.class);
        for (RateType type : RateType.values()) {
            rates.put(type, new TariffPrices.Rate(electricity.get(type), service.get(type)));
        }
        Instant from = scheduled && effectiveFrom != null ? effectiveFrom.atZone(fmt.zone()).toInstant() : null;
        try {
            TariffVersionView version = tariffs.addVersion(tariff.id(), from, new TariffPrices(rates, rateTypes(slots)),
                    session.actor());
            Messages.info(from == null ? "tariffs.savedNow" : "tariffs.savedAt", version.versionNo(), version.modelNo(),
                    fmt.time(version.effectiveFrom()));
            load();
            templates = null;
        } catch (RefusedException e) {
            Messages.refused(e);
        }
    }

    /** The 48 slots of a version as letters for the timeline. */
    public String letters(List<RateType> types) {
        StringBuilder s = new StringBuilder(types.size());
        types.forEach(t -> s.append(t.name().charAt(0)));
        return s.toString();
    }

    /** Runs of equal rate types, for drawing a version's day as a bar with labelled segments. */
    public List<Segment> segments(List<RateType> types) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < types.size(); ) {
            int j = i;
            while (j < types.size() && types.get(j) == types.get(i)) {
                j++;
            }
            out.add(new Segment(types.get(i), i, j));
            i = j;
        }
        return out;
    }

    /** Slots [{@code from}, {@code to}) of one rate type. */
    public record Segment(RateType rateType, int from, int to) implements Serializable {
        public String getLabel() {
            return time(from) + "–" + time(to);
        }

        public double getWidth() {
            return (to - from) * 100.0 / 48;
        }

        static String time(int slot) {
            return String.format("%02d:%02d", slot / 2, slot % 2 * 30);
        }
    }

    /** Half-hour labels 00:00 … 23:30 of the editor's cells. */
    public List<String> getSlotLabels() {
        List<String> labels = new ArrayList<>(48);
        for (int i = 0; i < 48; i++) {
            labels.add(Segment.time(i));
        }
        return labels;
    }

    private static List<RateType> rateTypes(String letters) {
        List<RateType> types = new ArrayList<>(48);
        if (letters != null) {
            for (char c : letters.toCharArray()) {
                types.add(switch (c) {
                    case 'S' -> RateType.SHARP;
                    case 'P' -> RateType.PEAK;
                    case 'F' -> RateType.FLAT;
                    case 'V' -> RateType.VALLEY;
                    default -> null; // refused by the service as an invalid tariff
                });
            }
        }
        return types;
    }

    public RateType[] getRateTypes() {
        return RateType.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TariffView getTariff() { return tariff; }
    public String getSlots() { return slots; }
    public void setSlots(String slots) { this.slots = slots; }
    public Map<RateType, BigDecimal> getElectricity() { return electricity; }
    public Map<RateType, BigDecimal> getService() { return service; }
    public boolean isScheduled() { return scheduled; }
    public void setScheduled(boolean scheduled) { this.scheduled = scheduled; }
    public LocalDateTime getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDateTime effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public RateType getBrush() { return brush; }
    public void setBrush(RateType brush) { this.brush = brush; }
}
