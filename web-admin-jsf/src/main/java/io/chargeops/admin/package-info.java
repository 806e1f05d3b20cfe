/**
 * The operator console (PrimeFaces, pages under {@code /admin/}). One backing bean per screen, in a package per
 * screen family; beans call ejb-core services and hold view state only — no business rules, no persistence.
 */
package io.chargeops.admin;
