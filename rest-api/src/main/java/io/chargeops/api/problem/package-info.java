/**
 * RFC 7807 error answers: every failure leaves the API as {@code application/problem+json} with a status, a short
 * title and a detail a client developer can act on; server faults are logged with an id the answer repeats.
 */
package io.chargeops.api.problem;
