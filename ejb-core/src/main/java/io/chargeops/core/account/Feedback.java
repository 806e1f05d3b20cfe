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
import java.time.Instant;

/** Feedback or an appeal (occupancy fee, parking reduction) from a user; operations reply from the console. */
@Entity
@Table(name = "app_feedback")
public class Feedback extends AuditedEntity {

    public enum Category { FEEDBACK, OCCUPANCY_FEE_APPEAL, PARKING_APPEAL }

    public enum Status { OPEN, REPLIED, CLOSED }

    @Id
    @SequenceGenerator(name = "seq_app_feedback", sequenceName = "SEQ_APP_FEEDBACK", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_app_feedback")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 24, updatable = false)
    private Category category;

    @Column(name = "order_no", length = 32, updatable = false)
    private String orderNo;

    @Column(name = "content", nullable = false, length = 500)
    private String content;

    @Column(name = "contact", length = 64)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "reply", length = 500)
    private String reply;

    @Column(name = "replied_by", length = 64)
    private String repliedBy;

    @Column(name = "replied_at")
    private Instant repliedAt;

    protected Feedback() {
    }

    Feedback(Long userId, Category category, String orderNo, String content, String contact) {
        this.userId = userId;
        this.category = category;
        this.orderNo = orderNo;
        this.content = content;
        this.contact = contact;
        this.status = Status.OPEN;
    }

    /** Account deletion: what the user wrote and how to reach them goes. */
    void anonymise() {
        this.content = "(deleted)";
        this.contact = null;
    }

    FeedbackView view() {
        return new FeedbackView(id, category.name(), orderNo, content, contact, status.name(), reply, repliedAt, getCreatedAt());
    }

    Long getUserId() {
        return userId;
    }
}
