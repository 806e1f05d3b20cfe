package io.chargeops.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the operation log; never changed once written. Carries the changed record's merchant (null for a
 * platform-wide record: wallets, refunds, partners, platform roles), so the data scope shows a merchant account
 * the entries about its own records only.
 */
@Entity
@Table(name = "operation_log")
public class OperationLogEntry {

    @Id
    @SequenceGenerator(name = "seq_operation_log", sequenceName = "SEQ_OPERATION_LOG", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_operation_log")
    private Long id;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private OperationCaller.Channel channel;

    @Column(name = "action", nullable = false, length = 64, updatable = false)
    private String action;

    @Column(name = "record_type", nullable = false, length = 32, updatable = false)
    private String recordType;

    @Column(name = "record_key", length = 64, updatable = false)
    private String recordKey;

    @Lob
    @Column(name = "changes", updatable = false)
    private String changes;

    @Column(name = "remote_address", length = 64, updatable = false)
    private String remoteAddress;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected OperationLogEntry() {
    }

    OperationLogEntry(OperationCaller caller, String action, String recordType, String recordKey, Long merchantId,
                      String changes, Instant occurredAt) {
        this.actor = cut(caller.actor(), 64);
        this.channel = caller.channel();
        this.remoteAddress = cut(caller.remoteAddress(), 64);
        this.action = action;
        this.recordType = recordType;
        this.recordKey = cut(recordKey, 64);
        this.merchantId = merchantId;
        this.changes = changes;
        this.occurredAt = occurredAt;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() { return id; }
    public Long getMerchantId() { return merchantId; }
    public String getActor() { return actor; }
    public OperationCaller.Channel getChannel() { return channel; }
    public String getAction() { return action; }
    public String getRecordType() { return recordType; }
    public String getRecordKey() { return recordKey; }
    public String getChanges() { return changes; }
    public String getRemoteAddress() { return remoteAddress; }
    public Instant getOccurredAt() { return occurredAt; }
}
