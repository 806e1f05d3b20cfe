/**
 * Console sign-in with Jakarta Security: a form mechanism over the console_user table, passwords verified as
 * PBKDF2 hashes by the container's database identity store.
 */
package io.chargeops.admin.security;
