package io.chargeops.core.interconnect;

import io.chargeops.core.persistence.UtcInstantConverter;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;

/** A gun (T/CEC "connector") as partners see it: read-only mapping of the pile context's gun table. */
@Entity
@ReadOnly
@Cacheable(false)
@Table(name = "gun")
public class SharedGun {

    @Id private Long id;
    @Column(name = "pile_id") private Long pileId;
    @Column(name = "merchant_id") private Long merchantId;
    @Column(name = "gun_no") private int gunNo;
    @Column(name = "gun_code") private String gunCode;
    @Column(name = "connector_type") private String connectorType;
    @Column(name = "gun_state") private String gunState;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "state_changed_at") private Instant stateChangedAt;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "updated_at") private Instant updatedAt;

    public Long getId() { return id; }
    public Long getPileId() { return pileId; }
    public Long getMerchantId() { return merchantId; }
    public int getGunNo() { return gunNo; }
    public String getGunCode() { return gunCode == null ? null : gunCode.trim(); }
    public String getConnectorType() { return connectorType; }
    public String getGunState() { return gunState; }
    public Instant getStateChangedAt() { return stateChangedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
