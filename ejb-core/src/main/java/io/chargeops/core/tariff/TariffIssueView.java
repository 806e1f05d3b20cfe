package io.chargeops.core.tariff;

import java.time.Instant;

/** One pile's result of a billing-model push, as the ops API and console list them. */
public record TariffIssueView(Long id, Long templateId, int versionNo, String modelNo, String pileCode,
                              TariffIssueTrigger trigger, TariffIssueResult result, String detail, String actor,
                              Instant issuedAt, Instant answeredAt) {
}
