/**
 * Invoices (开票, issue 6): a user asks for an invoice over some of their settled orders, with a personal or company
 * title (tax number), to an e-mail address; each order is invoiced at most once (a unique key). Issuing — the tax
 * platform — is the console's and a later issue's; here the request and its status.
 */
package io.chargeops.core.invoice;
