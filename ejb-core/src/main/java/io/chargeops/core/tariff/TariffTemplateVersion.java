package io.chargeops.core.tariff;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One immutable price list of a template. Versions are never edited once in force: a settled
 * order must be re-priceable from the version it was priced with, so a change is a new version.
 */
@Entity
@Table(name = "tariff_template_version")
public class TariffTemplateVersion {

    public static final int SLOTS_PER_DAY = 48;

    @Id
    @SequenceGenerator(name = "seq_tariff_template_version", sequenceName = "SEQ_TARIFF_TEMPLATE_VERSION",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_tariff_template_version")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private TariffTemplate template;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** YKC model number of this version; null = the template's (version 1 of templates older than V006). */
    @Column(name = "model_no", length = 4)
    private String modelNo;

    /** When this version's change was pushed to the piles (0x58); null while a scheduled version waits. */
    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "created_by", length = 64)
    private String createdBy;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TariffRate> rates = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("slotIndex")
    private List<TariffSlot> slots = new ArrayList<>();

    protected TariffTemplateVersion() {
        // for JPA
    }

    TariffTemplateVersion(TariffTemplate template, int versionNo, Instant effectiveFrom) {
        this.template = template;
        this.merchantId = template.getMerchantId();
        this.versionNo = versionNo;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    @PrePersist
    void beforeInsert() {
        if (createdAt == null) {
            createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    public TariffRate setRate(RateType rateType, BigDecimal electricityFee, BigDecimal serviceFee) {
        TariffRate rate = rates.stream().filter(r -> r.getRateType() == rateType).findFirst().orElse(null);
        if (rate == null) {
            rate = new TariffRate(this, rateType, electricityFee, serviceFee);
            rates.add(rate);
        } else {
            rate.setFees(electricityFee, serviceFee);
        }
        return rate;
    }

    /** Assigns half-hour slots {@code fromSlot} (inclusive) to {@code toSlot} (exclusive). */
    public void assignSlots(int fromSlot, int toSlot, RateType rateType) {
        if (fromSlot < 0 || toSlot > SLOTS_PER_DAY || fromSlot >= toSlot) {
            throw new IllegalArgumentException("Slot range must lie within 0..48: " + fromSlot + ".." + toSlot);
        }
        for (int i = fromSlot; i < toSlot; i++) {
            int index = i;
            TariffSlot slot = slots.stream().filter(s -> s.getSlotIndex() == index).findFirst().orElse(null);
            if (slot == null) {
                slots.add(new TariffSlot(this, index, rateType));
            } else {
                slot.setRateType(rateType);
            }
        }
        slots.sort((a, b) -> Integer.compare(a.getSlotIndex(), b.getSlotIndex()));
    }

    /** A version can price a whole day only with 48 slots whose rate types all have prices. */
    public boolean isComplete() {
        Set<RateType> priced = EnumSet.noneOf(RateType.class);
        rates.forEach(r -> priced.add(r.getRateType()));
        return slots.size() == SLOTS_PER_DAY && slots.stream().allMatch(s -> priced.contains(s.getRateType()));
    }

    /** Rate type of the half hour containing {@code localTime} (the operator's zone, not UTC). */
    public RateType rateTypeAt(LocalTime localTime) {
        int index = localTime.toSecondOfDay() / 1800;
        return slots.stream().filter(s -> s.getSlotIndex() == index).findFirst()
                .orElseThrow(() -> new IllegalStateException("Version " + versionNo + " has no slot " + index))
                .getRateType();
    }

    public TariffRate rate(RateType rateType) {
        return rates.stream().filter(r -> r.getRateType() == rateType).findFirst()
                .orElseThrow(() -> new IllegalStateException("Version " + versionNo + " has no " + rateType + " rate"));
    }

    /** The billing model number piles hold for this version and echo in 0x05. */
    public String getModelNo() {
        return modelNo != null ? modelNo : template.getModelNo();
    }

    void setModelNo(String modelNo) {
        if (modelNo == null || !modelNo.matches("\\d{4}")) {
            throw new IllegalArgumentException("YKC model number must be 4 digits: " + modelNo);
        }
        this.modelNo = modelNo;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    void markActivated(Instant at) {
        this.activatedAt = at;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public TariffTemplate getTemplate() {
        return template;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<TariffRate> getRates() {
        return Collections.unmodifiableList(rates);
    }

    public List<TariffSlot> getSlots() {
        return Collections.unmodifiableList(slots);
    }
}
