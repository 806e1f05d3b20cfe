package io.chargeops.core.merchant;

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
import java.util.Objects;

@Entity
@Table(name = "merchant")
public class Merchant extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_merchant", sequenceName = "SEQ_MERCHANT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_merchant")
    private Long id;

    @Column(name = "merchant_code", nullable = false, length = 32)
    private String merchantCode;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "short_name", length = 50)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "merchant_type", nullable = false, length = 16)
    private MerchantType type;

    /** The operator a franchisee belongs to; null for top-level operators. */
    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MerchantStatus status;

    @Column(name = "contact_name", length = 50)
    private String contactName;

    @Column(name = "contact_phone", length = 20)
    private String contactPhone;

    protected Merchant() {
        // for JPA
    }

    public Merchant(String merchantCode, String name, MerchantType type, Long parentId) {
        if (type == MerchantType.FRANCHISEE && parentId == null) {
            throw new IllegalArgumentException("A franchisee needs its parent operator");
        }
        this.merchantCode = Objects.requireNonNull(merchantCode);
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.parentId = parentId;
        this.status = MerchantStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getMerchantCode() {
        return merchantCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public MerchantType getType() {
        return type;
    }

    public Long getParentId() {
        return parentId;
    }

    public MerchantStatus getStatus() {
        return status;
    }

    public void setStatus(MerchantStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
