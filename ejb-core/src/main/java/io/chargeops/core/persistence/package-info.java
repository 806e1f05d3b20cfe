/**
 * Persistence plumbing shared by every bounded context and owned by none: the EclipseLink
 * {@link io.chargeops.core.persistence.DamengPlatform} for DM8 (Dameng publishes Hibernate dialects
 * only), the converter that stores {@link java.time.Instant}s as UTC wall-clock timestamps, and the
 * mapped superclass carrying audit timestamps and the optimistic-lock column. The schema itself is
 * not here: the versioned scripts of the {@code sql} module are the truth, and EclipseLink never
 * generates DDL.
 */
package io.chargeops.core.persistence;
