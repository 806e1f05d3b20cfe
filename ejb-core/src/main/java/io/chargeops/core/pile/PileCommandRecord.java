package io.chargeops.core.pile;

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

/**
 * One platform→pile command in the command log (远程指令记录). Opened as {@link PileCommandResult#SENT} before the
 * frame leaves, closed once with the pile's answer or the reason there was none. Written by {@link PileCommandLog}
 * in transactions of their own, so the record survives whatever the caller's transaction does.
 */
@Entity
@Table(name = "pile_command_log")
public class PileCommandRecord {

    private static final int SUMMARY_LENGTH = 255;

    @Id
    @SequenceGenerator(name = "seq_pile_command_log", sequenceName = "SEQ_PILE_COMMAND_LOG", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_pile_command_log")
    private Long id;

    /** Null for a free pile. */
    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(name = "pile_code", nullable = false, length = 14, columnDefinition = "CHAR(14)")
    private String pileCode;

    @Column(name = "gun_no")
    private Integer gunNo;

    @Column(name = "command_type", nullable = false, length = 32)
    private String commandType;

    @Column(name = "frame_type", nullable = false)
    private int frameType;

    @Column(name = "payload_summary", length = SUMMARY_LENGTH)
    private String payloadSummary;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_summary", length = SUMMARY_LENGTH)
    private String answerSummary;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 16)
    private PileCommandResult result;

    protected PileCommandRecord() {
        // for JPA
    }

    PileCommandRecord(Long merchantId, String pileCode, Integer gunNo, String commandType, int frameType,
                      String payloadSummary, String actor, Instant sentAt) {
        this.merchantId = merchantId;
        this.pileCode = Objects.requireNonNull(pileCode, "pileCode");
        this.gunNo = gunNo;
        this.commandType = Objects.requireNonNull(commandType, "commandType");
        this.frameType = frameType;
        this.payloadSummary = cut(payloadSummary);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.result = PileCommandResult.SENT;
    }

    /** Records the outcome; a command ends once, so a second outcome (e.g. a late answer) never overwrites the first. */
    boolean close(PileCommandResult outcome, String answerSummary, Instant at) {
        if (result != PileCommandResult.SENT) {
            return false;
        }
        if (outcome == PileCommandResult.SENT) {
            throw new IllegalArgumentException("SENT is not an outcome");
        }
        this.result = outcome;
        this.answerSummary = cut(answerSummary);
        this.answeredAt = outcome == PileCommandResult.ANSWERED ? at : null;
        return true;
    }

    private static String cut(String text) {
        return text == null || text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public String getPileCode() {
        return pileCode;
    }

    public Integer getGunNo() {
        return gunNo;
    }

    public String getCommandType() {
        return commandType;
    }

    public int getFrameType() {
        return frameType;
    }

    public String getPayloadSummary() {
        return payloadSummary;
    }

    public String getActor() {
        return actor;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnswerSummary() {
        return answerSummary;
    }

    public PileCommandResult getResult() {
        return result;
    }
}
