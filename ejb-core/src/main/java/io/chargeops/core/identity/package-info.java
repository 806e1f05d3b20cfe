/**
 * Identity context: who may act. App users (drivers, identified by phone; MicroProfile JWT comes
 * with the app issue) and console users with roles for Jakarta Security's database identity store
 * (PBKDF2 hashes in {@code Pbkdf2PasswordHash} format; the views {@code v_console_credential} and
 * {@code v_console_user_group} give it vendor-neutral queries). A console user without a merchant
 * is a platform user and may see every merchant's data.
 */
package io.chargeops.core.identity;
