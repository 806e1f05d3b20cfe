/** The dashboard (运营概况, the console's home): figures from ejb-core's {@code report.Reports}, charts in Chart.js form. */
package io.chargeops.admin.dashboard;
