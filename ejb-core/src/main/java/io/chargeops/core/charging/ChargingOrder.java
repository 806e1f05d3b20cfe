package io.chargeops.core.charging;

import io.chargeops.core.persistence.AuditedEntity;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One charging session (充电订单) from the start request to its settlement. The state machine is in the methods
 * below, so every path that changes an order goes through the same rules; {@link OrderState} draws it. The
 * transaction serial is the business key shared with the pile (unique), and the order number the API shows.
 */
@Entity
@Table(name = "charging_order")
public class ChargingOrder extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_charging_order", sequenceName = "SEQ_CHARGING_ORDER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_charging_order")
    private Long id;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Column(name = "station_id")
    private Long stationId;

    @Column(name = "transaction_serial", nullable = false, length = 32, columnDefinition = "CHAR(32)")
    private String transactionSerial;

    @Column(name = "pile_code", nullable = false, length = 14, columnDefinition = "CHAR(14)")
    private String pileCode;

    @Column(name = "gun_no", nullable = false)
    private int gunNo;

    @Column(name = "gun_code", nullable = false, length = 16, columnDefinition = "CHAR(16)")
    private String gunCode;

    @Column(name = "active_gun_code", length = 16, columnDefinition = "CHAR(16)")
    private String activeGunCode;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "wallet_id")
    private Long walletId;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_channel", nullable = false, length = 16)
    private StartChannel startChannel;

    @Column(name = "started_by", length = 64)
    private String startedBy;

    @Column(name = "card_no", length = 16)
    private String cardNo;

    @Column(name = "vin", length = 17)
    private String vin;

    /** The partner platform's own number of the charge (T/CEC StartChargeSeq) of a PARTNER start, else null. */
    @Column(name = "partner_start_seq")
    private String partnerStartSeq;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private OrderState state;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "prepay_amount", precision = 14, scale = 4)
    private BigDecimal prepayAmount;

    @Column(name = "tariff_version_id")
    private Long tariffVersionId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "stop_requested_at")
    private Instant stopRequestedAt;

    @Column(name = "stop_requested_by", length = 64)
    private String stopRequestedBy;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "stop_reason_code")
    private Integer stopReasonCode;

    @Column(name = "stop_reason", length = 128)
    private String stopReason;

    @Column(name = "failure_reason", length = 255)
    private String failureReason;

    @Column(name = "abnormal_reason", length = 255)
    private String abnormalReason;

    @Column(name = "energy_kwh", precision = 12, scale = 4)
    private BigDecimal energyKwh;

    @Column(name = "live_amount", precision = 14, scale = 4)
    private BigDecimal liveAmount;

    @Column(name = "soc")
    private Integer soc;

    @Column(name = "voltage", precision = 8, scale = 1)
    private BigDecimal voltage;

    @Column(name = "current_a", precision = 8, scale = 1)
    private BigDecimal current;

    @Column(name = "power_kw", precision = 10, scale = 3)
    private BigDecimal powerKw;

    @Column(name = "charging_minutes")
    private Integer chargingMinutes;

    @Column(name = "remaining_minutes")
    private Integer remainingMinutes;

    @Column(name = "live_at")
    private Instant liveAt;

    @Column(name = "idle_reports", nullable = false)
    private int idleReports;

    @Column(name = "pile_start_time")
    private LocalDateTime pileStartTime;

    @Column(name = "pile_end_time")
    private LocalDateTime pileEndTime;

    @Column(name = "meter_start", precision = 14, scale = 4)
    private BigDecimal meterStart;

    @Column(name = "meter_stop", precision = 14, scale = 4)
    private BigDecimal meterStop;

    @Column(name = "pile_total_amount", precision = 14, scale = 4)
    private BigDecimal pileTotalAmount;

    @Column(name = "electricity_amount", precision = 14, scale = 4)
    private BigDecimal electricityAmount;

    @Column(name = "service_amount", precision = 14, scale = 4)
    private BigDecimal serviceAmount;

    @Column(name = "discount_amount", precision = 14, scale = 4)
    private BigDecimal discountAmount;

    @Column(name = "total_amount", precision = 14, scale = 4)
    private BigDecimal totalAmount;

    @Column(name = "payable_amount", precision = 14, scale = 2)
    private BigDecimal payableAmount;

    @Column(name = "paid_amount", precision = 14, scale = 2)
    private BigDecimal paidAmount;

    @Column(name = "arrears_amount", precision = 14, scale = 2)
    private BigDecimal arrearsAmount;

    @Column(name = "pile_check", length = 16)
    private String pileCheck;

    @Column(name = "pile_check_detail", length = 512)
    private String pileCheckDetail;

    @Column(name = "settled_by", length = 64)
    private String settledBy;

    @Column(name = "settlement_note", length = 255)
    private String settlementNote;

    @Column(name = "confirmations", nullable = false)
    private int confirmations;

    protected ChargingOrder() {
        // for JPA
    }

    /** A start the platform asks the pile for (app, console, or its answer to a card/VIN request). */
    static ChargingOrder starting(Long merchantId, Long stationId, String transactionSerial, String pileCode, int gunNo,
            String gunCode, Long userId, Long walletId, StartChannel channel, String startedBy, BigDecimal prepay,
            Long tariffVersionId, Instant deadline) {
        ChargingOrder o = new ChargingOrder();
        o.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        o.stationId = stationId;
        o.transactionSerial = Objects.requireNonNull(transactionSerial, "transactionSerial");
        o.pileCode = pileCode;
        o.gunNo = gunNo;
        o.gunCode = gunCode;
        o.activeGunCode = gunCode;
        o.userId = userId;
        o.walletId = walletId;
        o.startChannel = channel;
        o.startedBy = cut(startedBy, 64);
        o.prepayAmount = prepay;
        o.tariffVersionId = tariffVersionId;
        o.state = OrderState.STARTING;
        o.deadlineAt = deadline;
        return o;
    }

    /** A transaction record for a serial the platform never issued: kept, and listed for an operator. */
    static ChargingOrder unknownRecord(Long merchantId, Long stationId, String transactionSerial, String pileCode,
            int gunNo, String gunCode, Long tariffVersionId, String reason) {
        ChargingOrder o = new ChargingOrder();
        o.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        o.stationId = stationId;
        o.transactionSerial = transactionSerial;
        o.pileCode = pileCode;
        o.gunNo = gunNo;
        o.gunCode = gunCode;
        o.startChannel = StartChannel.PILE;
        o.startedBy = "pile";
        o.tariffVersionId = tariffVersionId;
        o.state = OrderState.ABNORMAL;
        o.abnormalReason = cut(reason, 255);
        return o;
    }

    // ---- transitions ------------------------------------------------------------------------------------------

    /** 0x33 success, or the first 0x13 that shows the gun charging under this serial. */
    boolean charging(Instant at) {
        if (state != OrderState.STARTING) {
            return false;
        }
        state = OrderState.CHARGING;
        startedAt = at;
        deadlineAt = null;
        return true;
    }

    /** The start failed (pile refused, not answered in time, offline): the gun is free again. */
    void failed(String reason, Instant at) {
        requireState(OrderState.STARTING);
        state = OrderState.FAILED;
        failureReason = cut(reason, 255);
        stoppedAt = at;
        deadlineAt = null;
        activeGunCode = null;
    }

    /** A stop was sent to the pile; if neither its answer nor the record arrives by {@code deadline}, ABNORMAL. */
    void stopRequested(String by, Instant at, Instant deadline) {
        if (state != OrderState.CHARGING && state != OrderState.STARTING) {
            throw new IllegalStateException("order " + transactionSerial + " is " + state + ", not stoppable");
        }
        state = OrderState.STOPPING;
        stopRequestedAt = at;
        stopRequestedBy = cut(by, 64);
        deadlineAt = deadline;
    }

    /** The charge has ended (stop answered, charge-end frame, idle report): the record is due by {@code deadline}. */
    void chargeEnded(Instant at, Instant deadline) {
        if (!state.holdsGun()) {
            return;
        }
        if (stoppedAt == null) {
            stoppedAt = at;
        }
        if (state == OrderState.STARTING || state == OrderState.CHARGING) {
            state = OrderState.STOPPING;
        }
        if (deadlineAt == null || deadline.isBefore(deadlineAt)) {
            deadlineAt = deadline;
        }
    }

    /** 异常订单: listed for an operator; the wallet hold stays until the record or an operator settles it. */
    void abnormal(String reason, Instant at) {
        if (!state.holdsGun()) {
            return;
        }
        state = OrderState.ABNORMAL;
        abnormalReason = cut(reason, 255);
        if (stoppedAt == null) {
            stoppedAt = at;
        }
        deadlineAt = null;
        activeGunCode = null;
    }

    /** Real-time data (0x13) of the running session. */
    void live(BigDecimal energy, BigDecimal amount, Integer soc, BigDecimal voltage, BigDecimal current,
            BigDecimal powerKw, Integer chargingMinutes, Integer remainingMinutes, Instant at) {
        this.energyKwh = energy;
        this.liveAmount = amount;
        this.soc = soc;
        this.voltage = voltage;
        this.current = current;
        this.powerKw = powerKw;
        this.chargingMinutes = chargingMinutes;
        this.remainingMinutes = remainingMinutes;
        this.liveAt = at;
        this.idleReports = 0;
    }

    /** @return how many idle reports in a row the pile has sent while this order was charging */
    int idleReported() {
        return ++idleReports;
    }

    void stopReason(int code, String text) {
        this.stopReasonCode = code;
        this.stopReason = cut(text, 128);
    }

    /** The pile's own figures from its transaction record (0x3B). */
    void pileRecord(LocalDateTime start, LocalDateTime end, BigDecimal meterStart, BigDecimal meterStop,
            BigDecimal energy, BigDecimal pileTotal) {
        this.pileStartTime = start;
        this.pileEndTime = end;
        this.meterStart = meterStart;
        this.meterStop = meterStop;
        this.energyKwh = energy;
        this.pileTotalAmount = pileTotal;
    }

    /** The bill: from any state but SETTLED (a late record also settles a FAILED or ABNORMAL order). */
    void settled(BigDecimal electricity, BigDecimal service, BigDecimal discount, BigDecimal total, BigDecimal payable,
            BigDecimal paid, BigDecimal arrears, String check, String checkDetail, String by, String note, Instant at) {
        if (state == OrderState.SETTLED) {
            throw new IllegalStateException("order " + transactionSerial + " is already settled");
        }
        state = OrderState.SETTLED;
        electricityAmount = electricity;
        serviceAmount = service;
        discountAmount = discount;
        totalAmount = total;
        payableAmount = payable;
        paidAmount = paid;
        arrearsAmount = arrears;
        pileCheck = check;
        pileCheckDetail = cut(checkDetail, 512);
        settledBy = cut(by, 64);
        settlementNote = cut(note, 255);
        settledAt = at;
        if (stoppedAt == null) {
            stoppedAt = at;
        }
        deadlineAt = null;
        activeGunCode = null;
    }

    /** One more 0x40 is about to confirm this order's record. */
    void confirmed() {
        confirmations++;
    }

    private void requireState(OrderState expected) {
        if (state != expected) {
            throw new IllegalStateException("order " + transactionSerial + " is " + state + ", not " + expected);
        }
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    // ---- read access -------------------------------------------------------------------------------------------

    public Long getId() { return id; }
    public Long getMerchantId() { return merchantId; }
    public Long getStationId() { return stationId; }
    public String getTransactionSerial() { return transactionSerial; }
    public String getPileCode() { return pileCode; }
    public int getGunNo() { return gunNo; }
    public String getGunCode() { return gunCode; }
    public Long getUserId() { return userId; }
    public Long getWalletId() { return walletId; }
    public StartChannel getStartChannel() { return startChannel; }
    public String getStartedBy() { return startedBy; }
    public String getCardNo() { return cardNo; }
    public String getVin() { return vin; }
    public OrderState getState() { return state; }
    public Instant getDeadlineAt() { return deadlineAt; }
    public BigDecimal getPrepayAmount() { return prepayAmount; }
    public Long getTariffVersionId() { return tariffVersionId; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getStopRequestedAt() { return stopRequestedAt; }
    public String getStopRequestedBy() { return stopRequestedBy; }
    public Instant getStoppedAt() { return stoppedAt; }
    public Instant getSettledAt() { return settledAt; }
    public Integer getStopReasonCode() { return stopReasonCode; }
    public String getStopReason() { return stopReason; }
    public String getFailureReason() { return failureReason; }
    public String getAbnormalReason() { return abnormalReason; }
    public BigDecimal getEnergyKwh() { return energyKwh; }
    public BigDecimal getLiveAmount() { return liveAmount; }
    public Integer getSoc() { return soc; }
    public BigDecimal getVoltage() { return voltage; }
    public BigDecimal getCurrent() { return current; }
    public BigDecimal getPowerKw() { return powerKw; }
    public Integer getChargingMinutes() { return chargingMinutes; }
    public Integer getRemainingMinutes() { return remainingMinutes; }
    public Instant getLiveAt() { return liveAt; }
    public LocalDateTime getPileStartTime() { return pileStartTime; }
    public LocalDateTime getPileEndTime() { return pileEndTime; }
    public BigDecimal getMeterStart() { return meterStart; }
    public BigDecimal getMeterStop() { return meterStop; }
    public BigDecimal getPileTotalAmount() { return pileTotalAmount; }
    public BigDecimal getElectricityAmount() { return electricityAmount; }
    public BigDecimal getServiceAmount() { return serviceAmount; }
    public BigDecimal getDiscountAmount() { return discountAmount; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public BigDecimal getPayableAmount() { return payableAmount; }
    public BigDecimal getPaidAmount() { return paidAmount; }
    public BigDecimal getArrearsAmount() { return arrearsAmount; }
    public String getPileCheck() { return pileCheck; }
    public String getPileCheckDetail() { return pileCheckDetail; }
    public String getSettledBy() { return settledBy; }
    public String getSettlementNote() { return settlementNote; }
    public int getConfirmations() { return confirmations; }

    void setCredential(String cardNo, String vin) {
        this.cardNo = cut(cardNo, 16);
        this.vin = cut(vin, 17);
    }

    /** The VIN the pile's transaction record (0x3B) carries, kept when the order has none yet (a card or app start). */
    void recordVin(String recordVin) {
        if (vin != null || recordVin == null) {
            return;
        }
        String v = recordVin.replace("\u0000", "").strip().toUpperCase(java.util.Locale.ROOT);
        if (v.matches("[A-HJ-NPR-Z0-9]{17}") && !v.matches("0{17}")) {
            this.vin = v;
        }
    }

    public String getPartnerStartSeq() { return partnerStartSeq; }

    void setPartnerStartSeq(String partnerStartSeq) {
        this.partnerStartSeq = cut(partnerStartSeq, 64);
    }
}
