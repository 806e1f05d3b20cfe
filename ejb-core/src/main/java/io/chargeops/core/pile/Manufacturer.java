package io.chargeops.core.pile;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** A pile maker (设备厂商) in the platform's hardware catalogue; shared by every merchant, so it has no merchant. */
@Entity
@Table(name = "manufacturer")
public class Manufacturer extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_manufacturer", sequenceName = "SEQ_MANUFACTURER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_manufacturer")
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "contact_name", length = 50)
    private String contactName;

    @Column(name = "contact_phone", length = 32)
    private String contactPhone;

    @Column(name = "remark", length = 200)
    private String remark;

    protected Manufacturer() {
        // for JPA
    }

    public Manufacturer(String name) {
        rename(name);
    }

    public void rename(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public void contact(String contactName, String contactPhone, String remark) {
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.remark = remark;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getRemark() {
        return remark;
    }
}
