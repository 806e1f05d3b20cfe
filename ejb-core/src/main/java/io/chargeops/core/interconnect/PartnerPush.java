package io.chargeops.core.interconnect;

import io.chargeops.core.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One notification_* to a partner in the outbox, until the partner answers Ret 0. */
@Entity
@Table(name = "interconnect_push")
public class PartnerPush {

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    @SequenceGenerator(name = "seq_interconnect_push", sequenceName = "seq_interconnect_push", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_push")
    private Long id;
    @Column(name = "partner_id") private Long partnerId;
    @Column(name = "interface_name") private String interfaceName;
    @Column(name = "business_key") private String businessKey;
    @Lob private String payload;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) private Status status;
    private int attempts;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "next_attempt_at") private Instant nextAttemptAt;
    @Column(name = "last_error") private String lastError;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "created_at") private Instant createdAt;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "delivered_at") private Instant deliveredAt;
    @Version @Column(name = "row_version") private long rowVersion;

    protected PartnerPush() {
    }

    PartnerPush(Long partnerId, String interfaceName, String businessKey, String payload, Instant at) {
        this.partnerId = partnerId;
        this.interfaceName = interfaceName;
        this.businessKey = businessKey;
        this.payload = payload;
        this.status = Status.PENDING;
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public Long getPartnerId() { return partnerId; }
    public String getInterfaceName() { return interfaceName; }
    public String getBusinessKey() { return businessKey; }
    public String getPayload() { return payload; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDeliveredAt() { return deliveredAt; }

    /** Taken for one attempt: nobody else tries it before {@code until}. */
    void claim(Instant until) { this.attempts++; this.nextAttemptAt = until; }
    void delivered(Instant at, String note) { this.status = Status.DELIVERED; this.deliveredAt = at; this.lastError = cut(note); }
    void failedAttempt(String error, Instant next, boolean giveUp) {
        this.lastError = cut(error);
        this.nextAttemptAt = next;
        if (giveUp) {
            this.status = Status.FAILED;
        }
    }
    void retryNow(Instant at) { this.status = Status.PENDING; this.nextAttemptAt = at; }

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
