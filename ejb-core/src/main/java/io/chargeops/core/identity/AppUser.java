package io.chargeops.core.identity;

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

/** A driver using the app; platform-wide, not owned by a merchant (they charge anywhere). */
@Entity
@Table(name = "app_user")
public class AppUser extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_app_user", sequenceName = "SEQ_APP_USER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_app_user")
    private Long id;

    @Column(name = "phone", nullable = false, length = 20)
    private String phone;

    @Column(name = "nickname", length = 50)
    private String nickname;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AppUserStatus status;

    protected AppUser() {
        // for JPA
    }

    public AppUser(String phone, String nickname) {
        this.phone = Objects.requireNonNull(phone, "phone");
        this.nickname = nickname;
        this.status = AppUserStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    @Column(name = "deleted_at")
    private java.time.Instant deletedAt;

    /**
     * Account deletion (PIPL): the phone number becomes a placeholder no one can sign in with (unique, so the real
     * number can register afresh), the nickname goes, the row stays for the orders and the ledger that name it.
     */
    public void anonymise(java.time.Instant at) {
        this.phone = "deleted-" + id;
        this.nickname = null;
        this.status = AppUserStatus.DELETED;
        this.deletedAt = at;
    }

    public java.time.Instant getDeletedAt() {
        return deletedAt;
    }

    public AppUserStatus getStatus() {
        return status;
    }

    public void setStatus(AppUserStatus status) {
        this.status = Objects.requireNonNull(status);
    }
}
