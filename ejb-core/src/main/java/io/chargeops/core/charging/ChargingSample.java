package io.chargeops.core.charging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One point of an order's live chart, kept at most every few seconds and at most so many per order. */
@Entity
@Table(name = "charging_order_sample")
public class ChargingSample {

    @Id
    @SequenceGenerator(name = "seq_charging_order_sample", sequenceName = "SEQ_CHARGING_ORDER_SAMPLE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_charging_order_sample")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Column(name = "sampled_at", nullable = false)
    private Instant sampledAt;

    @Column(name = "energy_kwh", nullable = false, precision = 12, scale = 4)
    private BigDecimal energyKwh;

    @Column(name = "amount", nullable = false, precision = 14, scale = 4)
    private BigDecimal amount;

    @Column(name = "soc")
    private Integer soc;

    @Column(name = "voltage", precision = 8, scale = 1)
    private BigDecimal voltage;

    @Column(name = "current_a", precision = 8, scale = 1)
    private BigDecimal current;

    @Column(name = "power_kw", precision = 10, scale = 3)
    private BigDecimal powerKw;

    protected ChargingSample() {
        // for JPA
    }

    ChargingSample(ChargingOrder order) {
        this.orderId = order.getId();
        this.merchantId = order.getMerchantId();
        this.sampledAt = order.getLiveAt();
        this.energyKwh = order.getEnergyKwh();
        this.amount = order.getLiveAmount();
        this.soc = order.getSoc();
        this.voltage = order.getVoltage();
        this.current = order.getCurrent();
        this.powerKw = order.getPowerKw();
    }

    public Long getId() { return id; }
    public Instant getSampledAt() { return sampledAt; }
    public BigDecimal getEnergyKwh() { return energyKwh; }
    public BigDecimal getAmount() { return amount; }
    public Integer getSoc() { return soc; }
    public BigDecimal getVoltage() { return voltage; }
    public BigDecimal getCurrent() { return current; }
    public BigDecimal getPowerKw() { return powerKw; }
}
