/**
 * {@code /api/app/v1}: the driver app's and mini-programs' API. Resources translate HTTP to ejb-core services and
 * their views to DTOs; errors leave as problem+json through {@link io.chargeops.api.problem.ProblemMappers}.
 */
package io.chargeops.api.app;
