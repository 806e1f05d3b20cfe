/**
 * The JAX-RS face of ChargeOps, one sub-package per audience: {@code app} for the driver apps and mini-programs
 * ({@code /api/app/v1}), {@code admin} for the console and operations ({@code /api/admin/v1}), {@code evcs} for
 * T/CEC 102 partners ({@code /api/evcs/v1}) and {@code fleet} for fleet managers ({@code /api/fleet/v1}). Resources
 * translate HTTP to calls on ejb-core services and back; they hold no business rules and touch no tables.
 */
package io.chargeops.api;
