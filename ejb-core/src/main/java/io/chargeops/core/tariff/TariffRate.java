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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Price per kWh of one rate type, in yuan with the 5 decimals YKC transmits (0.00001 yuan). */
@Entity
@Table(name = "tariff_rate")
public class TariffRate {

    public static final int PRICE_SCALE = 5;

    @Id
    @SequenceGenerator(name = "seq_tariff_rate", sequenceName = "SEQ_TARIFF_RATE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_tariff_rate")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private TariffTemplateVersion version;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_type", nullable = false, length = 8)
    private RateType rateType;

    @Column(name = "electricity_fee", nullable = false, precision = 12, scale = 5)
    private BigDecimal electricityFee;

    @Column(name = "service_fee", nullable = false, precision = 12, scale = 5)
    private BigDecimal serviceFee;

    protected TariffRate() {
        // for JPA
    }

    TariffRate(TariffTemplateVersion version, RateType rateType, BigDecimal electricityFee, BigDecimal serviceFee) {
        this.version = version;
        this.merchantId = version.getMerchantId();
        this.rateType = Objects.requireNonNull(rateType, "rateType");
        setFees(electricityFee, serviceFee);
    }

    void setFees(BigDecimal electricityFee, BigDecimal serviceFee) {
        this.electricityFee = price(electricityFee, "electricityFee");
        this.serviceFee = price(serviceFee, "serviceFee");
    }

    /** Refuses sub-0.00001 prices instead of rounding them: YKC could not carry them anyway. */
    private static BigDecimal price(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
        try {
            return value.setScale(PRICE_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " has more than " + PRICE_SCALE + " decimals: " + value, e);
        }
    }

    public Long getId() {
        return id;
    }

    public TariffTemplateVersion getVersion() {
        return version;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public RateType getRateType() {
        return rateType;
    }

    public BigDecimal getElectricityFee() {
        return electricityFee;
    }

    public BigDecimal getServiceFee() {
        return serviceFee;
    }

    /** Electricity plus service fee per kWh. */
    public BigDecimal getTotalFee() {
        return electricityFee.add(serviceFee);
    }
}
