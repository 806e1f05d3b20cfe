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

/** A request envelope (OperatorID, TimeStamp, Seq) already accepted: the replay guard. */
@Entity
@Table(name = "interconnect_request_seen")
public class SeenRequest {

    @Id
    @SequenceGenerator(name = "seq_interconnect_request_seen", sequenceName = "seq_interconnect_request_seen", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_request_seen")
    private Long id;
    @Column(name = "operator_id") private String operatorId;
    @Column(name = "time_stamp") private String timeStamp;
    private String seq;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "received_at") private Instant receivedAt;

    protected SeenRequest() {
    }

    SeenRequest(String operatorId, String timeStamp, String seq, Instant receivedAt) {
        this.operatorId = operatorId;
        this.timeStamp = timeStamp;
        this.seq = seq;
        this.receivedAt = receivedAt;
    }
}
