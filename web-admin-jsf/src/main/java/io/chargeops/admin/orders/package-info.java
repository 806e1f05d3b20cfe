/**
 * Charging orders (充电订单): the list over ejb-core's {@code report.OrderSearch} (paged, sorted and filtered in the
 * database), its streamed xlsx export, and an order's detail from {@code charging.ChargingService} with the per-period
 * bill, the live chart, the trail and manual settlement of ABNORMAL orders.
 */
package io.chargeops.admin.orders;
