package io.chargeops.core.charging;

import io.chargeops.core.tariff.RateType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The settled fee of one TOU rate type of an order: the pile's energy at the platform's prices, beside the pile's own. */
@Entity
@Table(name = "charging_order_line")
public class ChargingOrderLine {

    @Id
    @SequenceGenerator(name = "seq_charging_order_line", sequenceName = "SEQ_CHARGING_ORDER_LINE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_charging_order_line")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_type", nullable = false, length = 8)
    private RateType rateType;

    @Column(name = "energy_kwh", nullable = false, precision = 12, scale = 4)
    private BigDecimal energyKwh;

    @Column(name = "electricity_price", nullable = false, precision = 10, scale = 5)
    private BigDecimal electricityPrice;

    @Column(name = "service_price", nullable = false, precision = 10, scale = 5)
    private BigDecimal servicePrice;

    @Column(name = "electricity_amount", nullable = false, precision = 14, scale = 4)
    private BigDecimal electricityAmount;

    @Column(name = "service_amount", nullable = false, precision = 14, scale = 4)
    private BigDecimal serviceAmount;

    @Column(name = "pile_unit_price", precision = 10, scale = 5)
    private BigDecimal pileUnitPrice;

    @Column(name = "pile_amount", precision = 14, scale = 4)
    private BigDecimal pileAmount;

    protected ChargingOrderLine() {
        // for JPA
    }

    ChargingOrderLine(Long orderId, Long merchantId, RateType rateType, BigDecimal energyKwh, BigDecimal electricityPrice,
            BigDecimal servicePrice, BigDecimal electricityAmount, BigDecimal serviceAmount, BigDecimal pileUnitPrice,
            BigDecimal pileAmount) {
        this.orderId = orderId;
        this.merchantId = merchantId;
        this.rateType = rateType;
        this.energyKwh = energyKwh;
        this.electricityPrice = electricityPrice;
        this.servicePrice = servicePrice;
        this.electricityAmount = electricityAmount;
        this.serviceAmount = serviceAmount;
        this.pileUnitPrice = pileUnitPrice;
        this.pileAmount = pileAmount;
    }

    public Long getOrderId() { return orderId; }
    public RateType getRateType() { return rateType; }
    public BigDecimal getEnergyKwh() { return energyKwh; }
    public BigDecimal getElectricityPrice() { return electricityPrice; }
    public BigDecimal getServicePrice() { return servicePrice; }
    public BigDecimal getElectricityAmount() { return electricityAmount; }
    public BigDecimal getServiceAmount() { return serviceAmount; }
    public BigDecimal getPileUnitPrice() { return pileUnitPrice; }
    public BigDecimal getPileAmount() { return pileAmount; }
}
