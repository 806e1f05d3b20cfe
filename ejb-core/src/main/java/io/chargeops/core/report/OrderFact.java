package io.chargeops.core.report;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A charging order as reports read it: a read-only mapping of {@code charging_order} (the charging context owns and
 * writes the table). Not cached: aggregates and lists always come from the committed rows.
 */
@Entity
@ReadOnly
@Cacheable(false)
@Table(name = "charging_order")
public class OrderFact {

    @Id
    private Long id;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(name = "station_id")
    private Long stationId;

    @Column(name = "transaction_serial")
    private String orderNo;

    @Column(name = "pile_code")
    private String pileCode;

    @Column(name = "vin")
    private String vin;

    @Column(name = "gun_no")
    private int gunNo;

    @Column(name = "gun_code")
    private String gunCode;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "start_channel")
    private String startChannel;

    @Column(name = "state")
    private String state;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "energy_kwh")
    private BigDecimal energyKwh;

    @Column(name = "live_amount")
    private BigDecimal liveAmount;

    @Column(name = "soc")
    private Integer soc;

    @Column(name = "voltage")
    private BigDecimal voltage;

    @Column(name = "current_a")
    private BigDecimal current;

    @Column(name = "power_kw")
    private BigDecimal powerKw;

    @Column(name = "charging_minutes")
    private Integer chargingMinutes;

    @Column(name = "live_at")
    private Instant liveAt;

    @Column(name = "electricity_amount")
    private BigDecimal electricityAmount;

    @Column(name = "service_amount")
    private BigDecimal serviceAmount;

    @Column(name = "total_amount")
    private BigDecimal totalAmount;

    @Column(name = "payable_amount")
    private BigDecimal payableAmount;

    @Column(name = "abnormal_reason")
    private String abnormalReason;

    protected OrderFact() {
    }

    public Long getId() { return id; }
    public Long getMerchantId() { return merchantId; }
    public Long getStationId() { return stationId; }
    public String getOrderNo() { return orderNo; }
    public String getPileCode() { return pileCode; }
    public int getGunNo() { return gunNo; }
    public String getGunCode() { return gunCode; }
    public Long getUserId() { return userId; }
    public String getStartChannel() { return startChannel; }
    public String getState() { return state; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getStoppedAt() { return stoppedAt; }
    public Instant getSettledAt() { return settledAt; }
    public BigDecimal getEnergyKwh() { return energyKwh; }
    public BigDecimal getLiveAmount() { return liveAmount; }
    public Integer getSoc() { return soc; }
    public BigDecimal getVoltage() { return voltage; }
    public BigDecimal getCurrent() { return current; }
    public BigDecimal getPowerKw() { return powerKw; }
    public Integer getChargingMinutes() { return chargingMinutes; }
    public Instant getLiveAt() { return liveAt; }
    public BigDecimal getElectricityAmount() { return electricityAmount; }
    public BigDecimal getServiceAmount() { return serviceAmount; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public BigDecimal getPayableAmount() { return payableAmount; }
    public String getAbnormalReason() { return abnormalReason; }
}
