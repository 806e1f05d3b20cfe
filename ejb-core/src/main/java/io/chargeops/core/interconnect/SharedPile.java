package io.chargeops.core.interconnect;

import io.chargeops.core.persistence.UtcInstantConverter;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;

/** A pile (T/CEC "equipment") as partners see it: read-only mapping of the pile context's table. */
@Entity
@ReadOnly
@Cacheable(false)
@Table(name = "pile")
public class SharedPile {

    @Id private Long id;
    @Column(name = "merchant_id") private Long merchantId;
    @Column(name = "station_id") private Long stationId;
    @Column(name = "pile_code") private String pileCode;
    @Column(name = "pile_type") private String pileType;
    @Column(name = "rated_power_kw") private BigDecimal ratedPowerKw;
    @Column(name = "gun_count") private int gunCount;
    private String manufacturer;
    @Column(name = "pile_model") private String pileModel;
    @Column(name = "online_flag") private boolean online;
    private String status;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "updated_at") private Instant updatedAt;

    public Long getId() { return id; }
    public Long getMerchantId() { return merchantId; }
    public Long getStationId() { return stationId; }
    public String getPileCode() { return pileCode == null ? null : pileCode.trim(); }
    public String getPileType() { return pileType; }
    public BigDecimal getRatedPowerKw() { return ratedPowerKw; }
    public int getGunCount() { return gunCount; }
    public String getManufacturer() { return manufacturer; }
    public String getPileModel() { return pileModel; }
    public boolean isOnline() { return online; }
    public String getStatus() { return status; }
    public Instant getUpdatedAt() { return updatedAt; }
}
