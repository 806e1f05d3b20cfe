/**
 * Swagger UI for {@code /openapi}, served from the webjar inside this application: ChargeOps runs in closed
 * networks, so the documentation page must not load anything from a CDN.
 */
package io.chargeops.api.docs;
