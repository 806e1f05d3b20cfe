package io.chargeops.core.charging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of an order's trail: frames from the pile, commands, timeouts, manual settlement (who and why). */
@Entity
@Table(name = "charging_order_event")
public class ChargingOrderEvent {

    @Id
    @SequenceGenerator(name = "seq_charging_order_event", sequenceName = "SEQ_CHARGING_ORDER_EVENT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_charging_order_event")
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "kind", nullable = false, length = 32)
    private String kind;

    @Column(name = "detail", length = 1000)
    private String detail;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    protected ChargingOrderEvent() {
        // for JPA
    }

    ChargingOrderEvent(ChargingOrder order, Instant at, String kind, String detail, String actor) {
        this.orderId = order.getId();
        this.merchantId = order.getMerchantId();
        this.occurredAt = at;
        this.kind = kind;
        this.detail = ChargingOrder.cut(detail, 1000);
        this.actor = ChargingOrder.cut(actor, 64);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getKind() { return kind; }
    public String getDetail() { return detail; }
    public String getActor() { return actor; }
}
