package io.chargeops.core.report;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.ReadOnly;

/** One TOU line of a settled order's bill as reports read it: read-only mapping of {@code charging_order_line}. */
@Entity
@ReadOnly
@Cacheable(false)
@Table(name = "charging_order_line")
public class OrderLineFact {

    @Id
    private Long id;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(name = "rate_type")
    private String rateType;

    @Column(name = "energy_kwh")
    private BigDecimal energyKwh;

    protected OrderLineFact() {
    }

    public Long getId() { return id; }
    public Long getOrderId() { return orderId; }
    public Long getMerchantId() { return merchantId; }
    public String getRateType() { return rateType; }
    public BigDecimal getEnergyKwh() { return energyKwh; }
}
