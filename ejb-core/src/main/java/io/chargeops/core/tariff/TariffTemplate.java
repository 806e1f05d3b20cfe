package io.chargeops.core.tariff;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Entity
@Table(name = "tariff_template")
public class TariffTemplate extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_tariff_template", sequenceName = "SEQ_TARIFF_TEMPLATE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_tariff_template")
    private Long id;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** YKC billing model number (4 BCD digits) that piles echo in 0x05; unique per merchant. */
    @Column(name = "model_no", nullable = false, length = 4)
    private String modelNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TariffStatus status;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL)
    @OrderBy("versionNo")
    private List<TariffTemplateVersion> versions = new ArrayList<>();

    protected TariffTemplate() {
        // for JPA
    }

    public TariffTemplate(Long merchantId, String name, String modelNo) {
        if (modelNo == null || !modelNo.matches("\\d{4}")) {
            throw new IllegalArgumentException("YKC model number must be 4 digits: " + modelNo);
        }
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        this.name = Objects.requireNonNull(name, "name");
        this.modelNo = modelNo;
        this.status = TariffStatus.ACTIVE;
    }

    /** Starts the next version; fill its rates and 48 slots before the transaction commits. */
    public TariffTemplateVersion newVersion(Instant effectiveFrom) {
        int next = versions.stream().mapToInt(TariffTemplateVersion::getVersionNo).max().orElse(0) + 1;
        TariffTemplateVersion version = new TariffTemplateVersion(this, next, effectiveFrom);
        versions.add(version);
        return version;
    }

    /** The version whose effective instant is the latest one not after {@code at}. */
    public Optional<TariffTemplateVersion> versionInForceAt(Instant at) {
        return versions.stream().filter(v -> !v.getEffectiveFrom().isAfter(at))
                .max(Comparator.comparing(TariffTemplateVersion::getEffectiveFrom)
                        .thenComparing(TariffTemplateVersion::getVersionNo));
    }

    public Long getId() {
        return id;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public String getModelNo() {
        return modelNo;
    }

    public void setModelNo(String modelNo) {
        this.modelNo = Objects.requireNonNull(modelNo);
    }

    public TariffStatus getStatus() {
        return status;
    }

    public void setStatus(TariffStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    public List<TariffTemplateVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }
}
