package io.chargeops.core.invoice;

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
import java.math.BigDecimal;

/** An invoice request over settled orders. */
@Entity
@Table(name = "invoice_request")
public class InvoiceRequest extends AuditedEntity {

    public enum TitleType { PERSONAL, COMPANY }

    public enum Status { REQUESTED, ISSUED, REJECTED }

    @Id
    @SequenceGenerator(name = "seq_invoice_request", sequenceName = "SEQ_INVOICE_REQUEST", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_invoice_request")
    private Long id;

    @Column(name = "request_no", nullable = false, length = 32, updatable = false)
    private String requestNo;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_type", nullable = false, length = 16, updatable = false)
    private TitleType titleType;

    @Column(name = "title", nullable = false, length = 100, updatable = false)
    private String title;

    @Column(name = "tax_no", length = 32, updatable = false)
    private String taxNo;

    @Column(name = "email", nullable = false, length = 100)
    private String email;

    @Column(name = "amount", nullable = false, precision = 14, scale = 4, updatable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    protected InvoiceRequest() {
    }

    InvoiceRequest(String requestNo, Long userId, TitleType titleType, String title, String taxNo, String email,
                   BigDecimal amount) {
        this.requestNo = requestNo;
        this.userId = userId;
        this.titleType = titleType;
        this.title = title;
        this.taxNo = taxNo;
        this.email = email;
        this.amount = amount;
        this.status = Status.REQUESTED;
    }

    Long getId() {
        return id;
    }

    String getRequestNo() {
        return requestNo;
    }

    Long getUserId() {
        return userId;
    }

    TitleType getTitleType() {
        return titleType;
    }

    String getTitle() {
        return title;
    }

    String getTaxNo() {
        return taxNo;
    }

    String getEmail() {
        return email;
    }

    BigDecimal getAmount() {
        return amount;
    }

    Status getStatus() {
        return status;
    }
}
