package io.chargeops.core.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One order on an invoice request; the order number is unique, so an order is invoiced once. */
@Entity
@Table(name = "invoice_order")
public class InvoiceOrder {

    @Id
    @SequenceGenerator(name = "seq_invoice_order", sequenceName = "SEQ_INVOICE_ORDER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_invoice_order")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "order_no", nullable = false, length = 32, updatable = false)
    private String orderNo;

    @Column(name = "amount", nullable = false, precision = 14, scale = 4, updatable = false)
    private BigDecimal amount;

    protected InvoiceOrder() {
    }

    InvoiceOrder(Long requestId, String orderNo, BigDecimal amount) {
        this.requestId = requestId;
        this.orderNo = orderNo;
        this.amount = amount;
    }

    Long getRequestId() {
        return requestId;
    }

    String getOrderNo() {
        return orderNo;
    }
}
