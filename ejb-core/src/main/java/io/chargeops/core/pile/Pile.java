package io.chargeops.core.pile;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

@Entity
@Table(name = "pile")
public class Pile extends AuditedEntity {

    private static final Pattern PILE_CODE = Pattern.compile("\\d{14}");

    @Id
    @SequenceGenerator(name = "seq_pile", sequenceName = "SEQ_PILE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_pile")
    private Long id;

    /** Null only while {@link PileStatus#FREE}. */
    @Column(name = "merchant_id")
    private Long merchantId;

    /** Null only while {@link PileStatus#FREE}. */
    @Column(name = "station_id")
    private Long stationId;

    /** 7-byte BCD in the protocol, 14 decimal digits here. */
    @Column(name = "pile_code", nullable = false, length = 14, columnDefinition = "CHAR(14)")
    private String pileCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "pile_type", nullable = false, length = 2)
    private PileType pileType;

    @Column(name = "rated_power_kw", precision = 8, scale = 2)
    private BigDecimal ratedPowerKw;

    @Column(name = "gun_count", nullable = false)
    private int gunCount;

    @Column(name = "manufacturer", length = 100)
    private String manufacturer;

    @Column(name = "pile_model", length = 64)
    private String model;

    /** The catalogue model ({@link PileModel}); {@code manufacturer} and {@code model} keep its names as text. */
    @Column(name = "pile_model_id")
    private Long pileModelId;

    /** The operator's own name for the pile, e.g. "1号快充桩". */
    @Column(name = "pile_name", length = 50)
    private String name;

    @Column(name = "protocol_version", length = 16)
    private String protocolVersion;

    @Column(name = "firmware_version", length = 64)
    private String firmwareVersion;

    @Column(name = "sim_no", length = 32)
    private String simNo;

    @Column(name = "network_type", length = 16)
    private String networkType;

    @Column(name = "online_flag", nullable = false)
    private boolean online;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PileStatus status;

    /** Tariff template assigned to this pile; null means "use the station's". */
    @Column(name = "tariff_template_id")
    private Long tariffTemplateId;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @OneToMany(mappedBy = "pile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("gunNo")
    private List<Gun> guns = new ArrayList<>();

    protected Pile() {
        // for JPA
    }

    private Pile(String pileCode, PileType pileType, int gunCount) {
        if (pileCode == null || !PILE_CODE.matcher(pileCode).matches()) {
            throw new IllegalArgumentException("Pile code must be 14 digits: " + pileCode);
        }
        if (gunCount < 1 || gunCount > 99) {
            throw new IllegalArgumentException("Gun count must be 1..99: " + gunCount);
        }
        this.pileCode = pileCode;
        this.pileType = Objects.requireNonNull(pileType, "pileType");
        this.gunCount = gunCount;
    }

    /** An operator registers a pile at one of its stations. */
    public static Pile registered(Long merchantId, Long stationId, String pileCode, PileType pileType,
                                  BigDecimal ratedPowerKw, int gunCount) {
        Pile pile = new Pile(pileCode, pileType, gunCount);
        pile.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        pile.stationId = Objects.requireNonNull(stationId, "stationId");
        pile.ratedPowerKw = ratedPowerKw;
        pile.status = PileStatus.ACTIVE;
        return pile;
    }

    /** An unknown pile logged in: remember what it said about itself, belong to nobody yet. */
    public static Pile free(String pileCode, PileType pileType, int gunCount, String protocolVersion,
                            String firmwareVersion, String simNo) {
        Pile pile = new Pile(pileCode, pileType, gunCount);
        pile.protocolVersion = protocolVersion;
        pile.firmwareVersion = firmwareVersion;
        pile.simNo = simNo;
        pile.status = PileStatus.FREE;
        return pile;
    }

    /** 上线: binds a free pile to a merchant's station and tariff so its next login is accepted. */
    public void onboard(Long merchantId, Long stationId, Long tariffTemplateId) {
        if (status != PileStatus.FREE) {
            throw new IllegalStateException("Pile " + pileCode + " is not free but " + status);
        }
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        this.stationId = Objects.requireNonNull(stationId, "stationId");
        this.tariffTemplateId = tariffTemplateId;
        this.status = PileStatus.ACTIVE;
    }

    /**
     * 解绑: the pile leaves its merchant and station and is a free pile again, to be onboarded anew (to this or another
     * merchant). Its guns go (they belong to the merchant; onboarding derives the same gun codes again, so printed QR
     * codes stay right) and so does its tariff (the merchant's). What it is (type, power, model, name) stays.
     */
    public void unbind() {
        if (status == PileStatus.FREE) {
            throw new IllegalStateException("Pile " + pileCode + " is free already");
        }
        this.merchantId = null;
        this.stationId = null;
        this.tariffTemplateId = null;
        this.status = PileStatus.FREE;
        guns.clear();
    }

    /** Adds gun {@code gunNo}; its code is derived, never typed, so QR codes cannot disagree. */
    public Gun addGun(int gunNo, ConnectorType connectorType) {
        if (merchantId == null) {
            throw new IllegalStateException("Guns are created when the pile is onboarded: " + pileCode);
        }
        if (guns.stream().anyMatch(g -> g.getGunNo() == gunNo)) {
            throw new IllegalArgumentException("Pile " + pileCode + " already has gun " + gunNo);
        }
        Gun gun = new Gun(this, gunNo, connectorType);
        guns.add(gun);
        return gun;
    }

    public Long getId() {
        return id;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public Long getStationId() {
        return stationId;
    }

    public String getPileCode() {
        return pileCode;
    }

    public PileType getPileType() {
        return pileType;
    }

    public BigDecimal getRatedPowerKw() {
        return ratedPowerKw;
    }

    public void setRatedPowerKw(BigDecimal ratedPowerKw) {
        this.ratedPowerKw = ratedPowerKw;
    }

    public int getGunCount() {
        return gunCount;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getProtocolVersion() {
        return protocolVersion;
    }

    public String getFirmwareVersion() {
        return firmwareVersion;
    }

    public String getSimNo() {
        return simNo;
    }

    public String getNetworkType() {
        return networkType;
    }

    /** What the pile reports in every login frame; kept current because operators search by SIM. */
    public void recordLogin(String protocolVersion, String firmwareVersion, String simNo, String networkType,
                            Instant at) {
        this.protocolVersion = protocolVersion;
        this.firmwareVersion = firmwareVersion;
        this.simNo = simNo;
        this.networkType = networkType;
        this.lastLoginAt = at;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public PileStatus getStatus() {
        return status;
    }

    public void setStatus(PileStatus status) {
        if (status == PileStatus.FREE && merchantId != null) {
            throw new IllegalArgumentException("A registered pile cannot become free again");
        }
        this.status = Objects.requireNonNull(status);
    }

    public Long getTariffTemplateId() {
        return tariffTemplateId;
    }

    public void setTariffTemplateId(Long tariffTemplateId) {
        this.tariffTemplateId = tariffTemplateId;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public List<Gun> getGuns() {
        return Collections.unmodifiableList(guns);
    }

    public Long getPileModelId() {
        return pileModelId;
    }

    /** Gives the pile a catalogue model; its names are copied so lists and partners read them without a join. */
    public void setPileModel(Long pileModelId, String manufacturer, String model) {
        this.pileModelId = pileModelId;
        this.manufacturer = manufacturer;
        this.model = model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
