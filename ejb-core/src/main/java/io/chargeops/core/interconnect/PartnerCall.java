package io.chargeops.core.interconnect;

import io.chargeops.core.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One T/CEC interface call, inbound or outbound (the call log): never secrets, tokens or Data. */
@Entity
@Table(name = "interconnect_call")
public class PartnerCall {

    @Id
    @SequenceGenerator(name = "seq_interconnect_call", sequenceName = "seq_interconnect_call", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_call")
    private Long id;
    @Column(name = "partner_id") private Long partnerId;
    @Column(name = "operator_id") private String operatorId;
    @Column(name = "interface_name") private String interfaceName;
    private String direction;
    private Integer ret;
    private String note;
    @Column(name = "duration_ms") private int durationMs;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "called_at") private Instant calledAt;

    protected PartnerCall() {
    }

    PartnerCall(Long partnerId, String operatorId, String interfaceName, String direction, Integer ret, String note,
                int durationMs, Instant calledAt) {
        this.partnerId = partnerId;
        this.operatorId = cut(operatorId, 32);
        this.interfaceName = cut(interfaceName, 64);
        this.direction = direction;
        this.ret = ret;
        this.note = cut(note, 200);
        this.durationMs = durationMs;
        this.calledAt = calledAt;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Long getPartnerId() { return partnerId; }
    public String getOperatorId() { return operatorId; }
    public String getInterfaceName() { return interfaceName; }
    public String getDirection() { return direction; }
    public Integer getRet() { return ret; }
    public String getNote() { return note; }
    public int getDurationMs() { return durationMs; }
    public Instant getCalledAt() { return calledAt; }
}
