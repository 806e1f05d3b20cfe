package io.chargeops.core.account;

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

/** A mini-program identity (openid, unionid) linked to an app user; one per platform and user. */
@Entity
@Table(name = "app_mini_program_link")
public class MiniProgramLink extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_app_mini_program_link", sequenceName = "SEQ_APP_MINI_PROGRAM_LINK", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_app_mini_program_link")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform", nullable = false, length = 16)
    private MiniProgramPlatform platform;

    @Column(name = "openid", nullable = false, length = 128)
    private String openid;

    @Column(name = "unionid", length = 128)
    private String unionid;

    protected MiniProgramLink() {
        // for JPA
    }

    MiniProgramLink(Long userId, MiniProgramPlatform platform, String openid, String unionid) {
        this.userId = Objects.requireNonNull(userId);
        this.platform = Objects.requireNonNull(platform);
        this.openid = Objects.requireNonNull(openid);
        this.unionid = unionid;
    }

    Long getUserId() {
        return userId;
    }

    MiniProgramPlatform getPlatform() {
        return platform;
    }

    String getOpenid() {
        return openid;
    }

    String getUnionid() {
        return unionid;
    }

    void setUnionid(String unionid) {
        this.unionid = unionid;
    }
}
