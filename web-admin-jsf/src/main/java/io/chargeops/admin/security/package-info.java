/**
 * Console sign-in with Jakarta Security: a form mechanism whose identity store asks ejb-core's
 * {@code ConsoleAccounts} (console_user table, PBKDF2 hashes in {@code Pbkdf2PasswordHash} format), the same check
 * the ops API's HTTP Basic filter uses.
 */
package io.chargeops.admin.security;
