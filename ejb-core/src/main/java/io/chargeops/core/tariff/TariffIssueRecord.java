package io.chargeops.core.tariff;

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
import java.util.Objects;

/** One billing-model push (0x58) of one tariff version to one pile and what came of it (计费模型下发记录). */
@Entity
@Table(name = "tariff_issue")
public class TariffIssueRecord {

    private static final int DETAIL_LENGTH = 255;

    @Id
    @SequenceGenerator(name = "seq_tariff_issue", sequenceName = "SEQ_TARIFF_ISSUE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_tariff_issue")
    private Long id;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Column(name = "template_id", nullable = false)
    private Long templateId;

    @Column(name = "version_id", nullable = false)
    private Long versionId;

    @Column(name = "pile_code", nullable = false, length = 14, columnDefinition = "CHAR(14)")
    private String pileCode;

    @Column(name = "model_no", nullable = false, length = 4)
    private String modelNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "issue_trigger", nullable = false, length = 16)
    private TariffIssueTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 16)
    private TariffIssueResult result;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected TariffIssueRecord() {
        // for JPA
    }

    TariffIssueRecord(Long merchantId, Long templateId, Long versionId, String pileCode, String modelNo,
                      TariffIssueTrigger trigger, String actor, Instant issuedAt) {
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        this.templateId = Objects.requireNonNull(templateId, "templateId");
        this.versionId = Objects.requireNonNull(versionId, "versionId");
        this.pileCode = Objects.requireNonNull(pileCode, "pileCode");
        this.modelNo = Objects.requireNonNull(modelNo, "modelNo");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.result = TariffIssueResult.PENDING;
    }

    /** Records the outcome once; a later one never overwrites it. */
    boolean close(TariffIssueResult outcome, String detail, Instant at) {
        if (result != TariffIssueResult.PENDING || outcome == TariffIssueResult.PENDING) {
            return false;
        }
        this.result = outcome;
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH - 1) + "…";
        this.answeredAt = outcome == TariffIssueResult.ACCEPTED || outcome == TariffIssueResult.REJECTED ? at : null;
        return true;
    }

    TariffIssueView toView(int versionNo) {
        return new TariffIssueView(id, templateId, versionNo, modelNo, pileCode, trigger, result, detail, actor,
                issuedAt, answeredAt);
    }

    public Long getId() {
        return id;
    }

    public Long getVersionId() {
        return versionId;
    }

    public String getPileCode() {
        return pileCode;
    }

    public TariffIssueResult getResult() {
        return result;
    }
}
