/**
 * Reports (报表): the read side of charging for the console — dashboard figures (today against yesterday, 30-day
 * trend, TOU energy split, live gun counts), the order search behind the order list and its xlsx export, and the live
 * board of guns with the figures of the sessions in progress.
 *
 * <p>Charging orders are read through {@link io.chargeops.core.report.OrderFact} and
 * {@link io.chargeops.core.report.OrderLineFact}: read-only mappings of the charging context's tables, never written,
 * never cached, so a report cannot change an order and always sees the committed rows. They carry {@code merchantId},
 * so the persistence layer's data scope narrows them like every tenant-owned entity; nothing here filters by merchant
 * by hand. Days are local days of {@code chargeops.zone}; an order counts on the day it was settled.
 */
package io.chargeops.core.report;
