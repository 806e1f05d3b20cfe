package io.chargeops.core.pile;

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
import java.util.Objects;

/** A pile model (型号) of a manufacturer: what every pile of it is, AC or DC, how strong, how many guns, which protocol. */
@Entity
@Table(name = "pile_model")
public class PileModel extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_pile_model", sequenceName = "SEQ_PILE_MODEL", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_pile_model")
    private Long id;

    @Column(name = "manufacturer_id", nullable = false)
    private Long manufacturerId;

    @Column(name = "model_code", nullable = false, length = 64)
    private String modelCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "pile_type", nullable = false, length = 2)
    private PileType pileType;

    @Column(name = "rated_power_kw", nullable = false, precision = 8, scale = 2)
    private BigDecimal ratedPowerKw;

    @Column(name = "gun_count", nullable = false)
    private int gunCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "protocol", nullable = false, length = 16)
    private PileProtocol protocol;

    @Column(name = "remark", length = 200)
    private String remark;

    protected PileModel() {
        // for JPA
    }

    public PileModel(Long manufacturerId, String modelCode, PileType pileType, BigDecimal ratedPowerKw, int gunCount,
                     PileProtocol protocol) {
        this.manufacturerId = Objects.requireNonNull(manufacturerId, "manufacturerId");
        describe(modelCode, pileType, ratedPowerKw, gunCount, protocol);
    }

    /** Sets what the model is; power must be positive, guns 1..99 (as on the pile). */
    public void describe(String modelCode, PileType pileType, BigDecimal ratedPowerKw, int gunCount, PileProtocol protocol) {
        if (ratedPowerKw == null || ratedPowerKw.signum() <= 0 || ratedPowerKw.compareTo(new BigDecimal("999999.99")) > 0) {
            throw new IllegalArgumentException("rated power must be above 0 kW: " + ratedPowerKw);
        }
        if (gunCount < 1 || gunCount > 99) {
            throw new IllegalArgumentException("gun count must be 1..99: " + gunCount);
        }
        this.modelCode = Objects.requireNonNull(modelCode, "modelCode");
        this.pileType = Objects.requireNonNull(pileType, "pileType");
        this.ratedPowerKw = ratedPowerKw.setScale(2, java.math.RoundingMode.HALF_UP);
        this.gunCount = gunCount;
        this.protocol = Objects.requireNonNull(protocol, "protocol");
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public Long getId() {
        return id;
    }

    public Long getManufacturerId() {
        return manufacturerId;
    }

    public String getModelCode() {
        return modelCode;
    }

    public PileType getPileType() {
        return pileType;
    }

    public BigDecimal getRatedPowerKw() {
        return ratedPowerKw;
    }

    public int getGunCount() {
        return gunCount;
    }

    public PileProtocol getProtocol() {
        return protocol;
    }

    public String getRemark() {
        return remark;
    }
}
