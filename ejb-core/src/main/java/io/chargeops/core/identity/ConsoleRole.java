package io.chargeops.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A role whose code is the group name Jakarta Security hands to {@code @RolesAllowed}. */
@Entity
@Table(name = "console_role")
public class ConsoleRole {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    /** The merchant administrator (商户管理员): manages its merchant's accounts and roles. */
    public static final String MERCHANT_ADMIN = "MERCHANT_ADMIN";

    /** Roles the platform ships: never deleted, their codes fixed; PLATFORM_ADMIN's permissions fixed as well. */
    public static final java.util.Set<String> BUILT_IN = java.util.Set.of(PLATFORM_ADMIN, "OPERATOR", "FINANCE", MERCHANT_ADMIN);

    @Id
    @SequenceGenerator(name = "seq_console_role", sequenceName = "SEQ_CONSOLE_ROLE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_console_role")
    private Long id;

    @Column(name = "role_code", nullable = false, length = 64)
    private String roleCode;

    @Column(name = "role_name", nullable = false, length = 50)
    private String roleName;

    /** Null for platform-defined roles. */
    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The role's own grants; none = a built-in role's default set (ConsoleMenus). */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "console_role_permission",
            joinColumns = @jakarta.persistence.JoinColumn(name = "role_id"))
    @Column(name = "permission_code", nullable = false, length = 64)
    private java.util.Set<String> permissions = new java.util.HashSet<>();

    protected ConsoleRole() {
        // for JPA
    }

    public ConsoleRole(String roleCode, String roleName, Long merchantId) {
        this.roleCode = Objects.requireNonNull(roleCode, "roleCode");
        this.roleName = Objects.requireNonNull(roleName, "roleName");
        this.merchantId = merchantId;
    }

    @PrePersist
    void beforeInsert() {
        if (createdAt == null) {
            createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    public Long getId() {
        return id;
    }

    public String getRoleCode() {
        return roleCode;
    }

    public String getRoleName() {
        return roleName;
    }

    public void setRoleName(String roleName) {
        this.roleName = Objects.requireNonNull(roleName);
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public boolean isBuiltIn() {
        return BUILT_IN.contains(roleCode);
    }

    public java.util.Set<String> getPermissions() {
        return java.util.Collections.unmodifiableSet(permissions);
    }

    public void grantExactly(java.util.Set<String> codes) {
        permissions.retainAll(codes);
        permissions.addAll(codes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
