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

/** The energy of settled charging orders for query_station_stats: read-only mapping of the charging context's table. */
@Entity
@ReadOnly
@Cacheable(false)
@Table(name = "charging_order")
public class SharedOrder {

    @Id private Long id;
    @Column(name = "merchant_id") private Long merchantId;
    @Column(name = "station_id") private Long stationId;
    @Column(name = "pile_code") private String pileCode;
    @Column(name = "gun_code") private String gunCode;
    private String state;
    @Column(name = "energy_kwh") private BigDecimal energyKwh;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "settled_at") private Instant settledAt;

    public Long getStationId() { return stationId; }
    public String getPileCode() { return pileCode == null ? null : pileCode.trim(); }
    public String getGunCode() { return gunCode == null ? null : gunCode.trim(); }
    public BigDecimal getEnergyKwh() { return energyKwh; }
}
