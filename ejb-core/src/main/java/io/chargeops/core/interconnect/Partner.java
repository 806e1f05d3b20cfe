package io.chargeops.core.interconnect;

import io.chargeops.core.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A partner platform and its per-direction secrets (sealed at rest); see V009 for the columns' meaning. */
@Entity
@Table(name = "interconnect_partner")
public class Partner {

    @Id
    @SequenceGenerator(name = "seq_interconnect_partner", sequenceName = "seq_interconnect_partner", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_partner")
    private Long id;
    @Column(name = "operator_id") private String operatorId;
    private String name;
    @Column(name = "partner_role") private String role;
    private String status;
    @Column(name = "base_url") private String baseUrl;
    @Column(name = "in_operator_secret") String inOperatorSecret;
    @Column(name = "in_data_secret") String inDataSecret;
    @Column(name = "in_data_secret_iv") String inDataSecretIv;
    @Column(name = "in_sig_secret") String inSigSecret;
    @Column(name = "out_operator_secret") String outOperatorSecret;
    @Column(name = "out_data_secret") String outDataSecret;
    @Column(name = "out_data_secret_iv") String outDataSecretIv;
    @Column(name = "out_sig_secret") String outSigSecret;
    private String variants;
    private String pushes;
    @Column(name = "station_scope") private String stationScope;
    @Column(name = "token_ttl_seconds") private int tokenTtlSeconds;
    @Column(name = "charge_status_seconds") private int chargeStatusSeconds;
    @Column(name = "billing_user_id") private Long billingUserId;
    @Column(name = "billing_wallet_id") private Long billingWalletId;
    @Column(name = "prepay_amount") private BigDecimal prepayAmount;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "created_at") private Instant createdAt;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "updated_at") private Instant updatedAt;
    @Column(name = "pull_interval_minutes") Integer pullIntervalMinutes;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "last_pulled_at") Instant lastPulledAt;
    @Column(name = "last_pull_result") String lastPullResult;
    @Column(name = "path_style") private String pathStyle;
    @Column(name = "power_interface") private String powerInterface;
    @Column(name = "power_seconds") private int powerSeconds;
    @Version @Column(name = "row_version") private long rowVersion;

    /** Real-time power every 5 minutes unless the platform asks otherwise (the provincial profile's periodic cadence). */
    static final int DEFAULT_POWER_SECONDS = 300;

    protected Partner() {
    }

    Partner(String operatorId, String name, String role, Instant at) {
        this.operatorId = operatorId;
        this.name = name;
        this.role = role;
        this.status = "ACTIVE";
        this.stationScope = "LISTED";
        this.tokenTtlSeconds = 7200;
        this.chargeStatusSeconds = 30;
        this.prepayAmount = new BigDecimal("200.00");
        this.pathStyle = PathStyle.STANDARD.name();
        this.powerInterface = PartnerPushes.POWER;
        this.powerSeconds = DEFAULT_POWER_SECONDS;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public String getOperatorId() { return operatorId; }
    public String getName() { return name; }
    public String getRole() { return role; }
    public String getStatus() { return status; }
    public String getBaseUrl() { return baseUrl; }
    public String getVariants() { return variants; }
    public String getPushes() { return pushes; }
    public String getStationScope() { return stationScope; }
    public int getTokenTtlSeconds() { return tokenTtlSeconds; }
    public int getChargeStatusSeconds() { return chargeStatusSeconds; }
    public Long getBillingUserId() { return billingUserId; }
    public Long getBillingWalletId() { return billingWalletId; }
    public BigDecimal getPrepayAmount() { return prepayAmount; }
    public String getPathStyle() { return pathStyle; }
    public String getPowerInterface() { return powerInterface; }
    public int getPowerSeconds() { return powerSeconds; }

    void setName(String name) { this.name = name; }
    void setStatus(String status) { this.status = status; }
    void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    void setVariants(String variants) { this.variants = variants; }
    void setPushes(String pushes) { this.pushes = pushes; }
    void setStationScope(String stationScope) { this.stationScope = stationScope; }
    void setTokenTtlSeconds(int tokenTtlSeconds) { this.tokenTtlSeconds = tokenTtlSeconds; }
    void setChargeStatusSeconds(int chargeStatusSeconds) { this.chargeStatusSeconds = chargeStatusSeconds; }
    void setBilling(Long userId, Long walletId) { this.billingUserId = userId; this.billingWalletId = walletId; }
    void setPrepayAmount(BigDecimal prepayAmount) { this.prepayAmount = prepayAmount; }
    void setPathStyle(PathStyle style) { this.pathStyle = style.name(); }
    void setPowerInterface(String name) { this.powerInterface = name; }
    void setPowerSeconds(int seconds) { this.powerSeconds = seconds; }
    void touched(Instant at) { this.updatedAt = at; }

    // Writes go through methods of the entity itself: EclipseLink's woven change tracking does not see fields
    // assigned from other classes, so such a change would never be written.
    void inSecrets(String operator, String data, String iv, String sig) {
        this.inOperatorSecret = operator;
        this.inDataSecret = data;
        this.inDataSecretIv = iv;
        this.inSigSecret = sig;
    }

    void outSecrets(String operator, String data, String iv, String sig) {
        this.outOperatorSecret = operator;
        this.outDataSecret = data;
        this.outDataSecretIv = iv;
        this.outSigSecret = sig;
    }

    void setPullIntervalMinutes(Integer minutes) { this.pullIntervalMinutes = minutes; }
    void pulled(Instant at, String result) { this.lastPulledAt = at; this.lastPullResult = result; }
}
