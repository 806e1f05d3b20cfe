/**
 * App accounts (issue 6): phone + SMS-code sign-in that registers on first use, signed access tokens (JWT, RS256,
 * RFC 7519) with rotating refresh tokens, logout, profile, export of one's personal data and account deletion
 * (PIPL: personal data anonymised, orders and ledger kept). SMS goes through {@link io.chargeops.core.account.SmsProvider}
 * ({@code log} by default: the code is written to the server log). Code requests are rate-limited per phone and per
 * requesting address by counting stored codes, so the limits hold across nodes.
 */
package io.chargeops.core.account;
