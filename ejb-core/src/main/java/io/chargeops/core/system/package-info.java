/**
 * What the platform itself needs to run, independent of any bounded context: the application data source, schema
 * migration at start-up, readiness checks of the database, the broker and the pile listener, and build/runtime facts
 * for operators.
 */
package io.chargeops.core.system;
