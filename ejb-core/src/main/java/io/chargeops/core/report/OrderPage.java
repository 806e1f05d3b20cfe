package io.chargeops.core.report;

import java.util.List;

/** One page of the order list and how many orders match the filters in all. */
public record OrderPage(List<OrderRow> rows, long total) {
}
