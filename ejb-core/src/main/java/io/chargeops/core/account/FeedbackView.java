package io.chargeops.core.account;

import java.time.Instant;

/** Feedback or an appeal with its status and the operator's reply. */
public record FeedbackView(Long id, String category, String orderNo, String content, String contact, String status,
                           String reply, Instant repliedAt, Instant createdAt) {
}
