package io.chargeops.core.report;

/** The dashboard trend's span: the last 30 days by day, the previous calendar month by day, the last 12 months by month. */
public enum TrendRange {
    LAST_30_DAYS,
    LAST_MONTH,
    LAST_12_MONTHS
}
