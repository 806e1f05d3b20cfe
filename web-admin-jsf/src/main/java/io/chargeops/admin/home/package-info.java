/** The console's home screen. */
package io.chargeops.admin.home;
