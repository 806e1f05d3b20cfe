package io.chargeops.core.tariff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.Objects;

/** Half hour {@code slotIndex} (0 = 00:00–00:30 local time, 47 = 23:30–24:00) and its rate type. */
@Entity
@Table(name = "tariff_slot")
public class TariffSlot {

    @Id
    @SequenceGenerator(name = "seq_tariff_slot", sequenceName = "SEQ_TARIFF_SLOT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_tariff_slot")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private TariffTemplateVersion version;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Column(name = "slot_index", nullable = false)
    private int slotIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_type", nullable = false, length = 8)
    private RateType rateType;

    protected TariffSlot() {
        // for JPA
    }

    TariffSlot(TariffTemplateVersion version, int slotIndex, RateType rateType) {
        this.version = version;
        this.merchantId = version.getMerchantId();
        this.slotIndex = slotIndex;
        this.rateType = Objects.requireNonNull(rateType, "rateType");
    }

    public Long getId() {
        return id;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public int getSlotIndex() {
        return slotIndex;
    }

    public LocalTime getStart() {
        return LocalTime.ofSecondOfDay(slotIndex * 1800L);
    }

    public RateType getRateType() {
        return rateType;
    }

    void setRateType(RateType rateType) {
        this.rateType = Objects.requireNonNull(rateType);
    }
}
